// The same search on the embedded default (PGlite, PostgreSQL 18 in WebAssembly) as on PostgreSQL 15: the
// migration's extension, triggers and indexes apply there too, and the queries answer alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { parseSearchParams } from '@/lib/search/params';
import { searchMeasures } from '@/lib/search/queries';
import { createSearchFixture, type SearchFixture } from '@/lib/search/test-fixtures';

let database: TestDatabase;
let db: DbClient;
let f: SearchFixture;

beforeAll(async () => {
  database = await createTestDatabase(''); // no server URL: an embedded PGlite in a temporary directory
  db = createDbClient(database.url, 2);
  f = await createSearchFixture(db);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const search = (query: Record<string, string>) => searchMeasures(db, parseSearchParams(query).params);

describe('search on the embedded PGlite', () => {
  it('runs on PGlite', async () => {
    const [row] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    expect(row!.version).toMatch(/PostgreSQL 1[6-9]/);
  });

  it('finds an identifier in any spelling, first', async () => {
    for (const q of ['hres240', 'H. Res. 240 117th', 'HRES 240']) {
      const { hits } = await search({ q, jurisdiction: f.jurisdiction.slug });
      expect(hits[0]!.exact, q).toBe(true);
    }
    expect((await search({ q: 'CF 21-0002-S1' })).exactSlug).toBe(f.councilFile.slug);
  });

  it('ranks, counts facets and marks snippets', async () => {
    const { hits, facets } = await search({ q: 'H.Res. 240 117th', jurisdiction: f.jurisdiction.slug });
    expect(hits[0]!.id).toBe(f.hres240.id);
    expect(hits.map((h) => h.id)).toContain(f.mention.id);
    const armenia = await search({ q: 'Armenia', jurisdiction: f.jurisdiction.slug });
    expect(armenia.total).toBe(3);
    expect(facets.total).toBeGreaterThan(0);
    const unanimous = await search({ q: 'unanimous', jurisdiction: f.jurisdiction.slug });
    expect(unanimous.hits[0]!.snippet).toContain('\u0002unanimous\u0003');
  });

  it('tolerates typos in names and never fails on bad input', async () => {
    expect((await search({ q: 'Krekorain' })).names.people.map((p) => p.slug)).toContain(f.krekorian.slug);
    for (const q of [`'; DROP TABLE "Measure"; --`, '"unclosed', '& | ! <->', 'x'.repeat(10_000)]) {
      await expect(search({ q })).resolves.toBeTruthy();
    }
  });
});
