// Broad searches (lib/search/facets.ts): counts estimated from the sample marks, the page read off the date index.
// On a database of its own holding 3,000 synthetic measures, each broad answer is compared with the exact one for the
// same search (broadFrom lowered so the broad path runs at this size; Infinity forces the exact path).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { loadSynthetic } from '@/lib/synthetic/load';
import { createSiblingTestDatabase, type TestDatabase } from '@/lib/test/database';
import { getTestDatabaseUrl } from '@/lib/test/db';
import { parseSearchParams, type SearchParams } from '@/lib/search/params';
import { queryRows } from '@/lib/db/client';
import { broadPartQuery, readVia, sampleQuery, type Share } from '@/lib/search/facets';
import { Prisma } from '@/lib/generated/prisma/client';
import { tsQuery } from '@/lib/search/conditions';
import { searchMeasures } from '@/lib/search/queries';

let database: TestDatabase;
let db: DbClient;

beforeAll(async () => {
  database = await createSiblingTestDatabase(getTestDatabaseUrl());
  await loadSynthetic(database.url, { measures: 3000, seed: 11, replace: false });
  db = createDbClient(database.url, 2);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const BROAD = { broadFrom: 100 };
const EXACT = { broadFrom: Number.POSITIVE_INFINITY };
const search = (query: Record<string, string>, options: { broadFrom: number; sampleRows?: number }) =>
  searchMeasures(db, parseSearchParams(query).params, options);

/** The total a sample of that share estimates for the search. */
async function sampledTotal(params: SearchParams, share: Exclude<Share, 'all'>): Promise<number> {
  const rows = await queryRows<{ facet: string; count: number }>(db, sampleQuery(params, share));
  return rows.find((row) => row.facet === 'total')!.count;
}

/** The ids a date order gives, straight from the table: the definition the broad page must follow. */
async function byDate(where: string, q: string, limit: number): Promise<number[]> {
  const rows = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT m."id" FROM "Measure" m WHERE ${where} ORDER BY m."lastActionDate" DESC NULLS LAST, m."id" ASC LIMIT ${limit}`,
    q,
  );
  return rows.map((row) => row.id);
}

describe('a broad search', () => {
  it('estimates its total and counts from the sample, and says so', async () => {
    const exact = await search({ q: 'veterans' }, EXACT);
    const broad = await search({ q: 'veterans' }, BROAD);
    expect(exact.facets.approximate).toBe(false);
    expect(broad.facets.approximate).toBe(true);
    expect(exact.total).toBeGreaterThan(200);
    expect(Math.abs(broad.total - exact.total) / exact.total).toBeLessThan(0.2);
    // The biggest type is the same, its count near the exact one.
    const [top] = exact.facets.type;
    const estimated = broad.facets.type.find((value) => value.value === top!.value);
    expect(estimated).toBeDefined();
    expect(Math.abs(estimated!.count - top!.count) / top!.count).toBeLessThan(0.3);
  });

  it('lists measures with the words in their title first, newest first, then the rest, with no repeats across pages', async () => {
    const q = 'veterans';
    const inTitle = await byDate(`to_tsvector('english', m."title") @@ websearch_to_tsquery('english', $1)`, q, 1000);
    expect(inTitle.length).toBeGreaterThan(20);
    const first = await search({ q }, BROAD);
    expect(first.hits.map((hit) => hit.id)).toEqual(inTitle.slice(0, 20));

    const lastTitlePage = Math.ceil(inTitle.length / 20);
    const straddling = await search({ q, page: String(lastTitlePage) }, BROAD);
    const rest = await byDate(
      `m."searchVector" @@ websearch_to_tsquery('english', $1) AND NOT to_tsvector('english', m."title") @@ websearch_to_tsquery('english', $1)`,
      q,
      20,
    );
    const expected = [...inTitle, ...rest].slice((lastTitlePage - 1) * 20, lastTitlePage * 20);
    expect(straddling.hits.map((hit) => hit.id)).toEqual(expected);

    const pages = await Promise.all([1, 2, 3].map((page) => search({ q, page: String(page) }, BROAD)));
    const ids = pages.flatMap((page) => page.hits.map((hit) => hit.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages by date exactly as the exact path does, newest and oldest, filtered too', async () => {
    const queries: Record<string, string>[] = [
      { q: 'housing', sort: 'newest' },
      { q: 'housing', sort: 'oldest', page: '3' },
      { q: 'water', type: 'bill', sort: 'newest' },
      { type: 'resolution', sort: 'newest', page: '2' },
    ];
    for (const query of queries) {
      const exact = await search(query, EXACT);
      const broad = await search(query, BROAD);
      expect(broad.facets.approximate).toBe(true);
      expect(broad.hits.map((hit) => hit.id)).toEqual(exact.hits.map((hit) => hit.id));
      expect(broad.hits.length).toBeGreaterThan(0);
    }
  });

  it('filters by body, jurisdiction and sponsor through their ids as the exact path does; an unknown slug finds nothing', async () => {
    const [top] = await db.$queryRawUnsafe<{ body: string; jurisdiction: string; sponsor: string }[]>(
      `SELECT b."slug" AS "body", j."slug" AS "jurisdiction", p."slug" AS "sponsor"
       FROM "Measure" m JOIN "Body" b ON b."id" = m."originBodyId" JOIN "Jurisdiction" j ON j."id" = m."jurisdictionId"
       JOIN "Person" p ON p."id" = m."primarySponsorIds"[1]
       WHERE m."searchVector" @@ websearch_to_tsquery('english', 'water')
       GROUP BY 1, 2, 3 ORDER BY count(*) DESC LIMIT 1`,
    );
    const filters: Record<string, string>[] = [
      { body: top!.body },
      { jurisdiction: top!.jurisdiction },
      { sponsor: top!.sponsor },
    ];
    for (const filter of filters) {
      const query = { q: 'water', sort: 'newest', ...filter };
      const exact = await search(query, EXACT);
      const broad = await search(query, { broadFrom: 1, sampleRows: 1 });
      expect(exact.total).toBeGreaterThan(0);
      expect(broad.hits.map((hit) => hit.id)).toEqual(exact.hits.map((hit) => hit.id));
      for (const unknown of [EXACT, BROAD]) {
        const none = await search(
          { ...query, ...Object.fromEntries(Object.keys(filter).map((key) => [key, 'no-such-slug'])) },
          unknown,
        );
        expect(none.total).toBe(0);
        expect(none.hits).toEqual([]);
      }
    }
  });

  it('counts an eighth when the 256th is short of broad: broad from half as many matches, exact below', async () => {
    const q = 'veterans';
    const params = parseSearchParams({ q }).params;
    const estimate = (share: Exclude<Share, 'all'>) => sampledTotal(params, share);
    const [exact, sixteenth, eighth] = await Promise.all([
      search({ q }, EXACT),
      estimate('sixteenth'),
      estimate('eighth'),
    ]);

    // The 256th's and the sixteenth's estimates are short of broadFrom, the eighth's at least half of it: broad.
    const broadFrom = Math.round(exact.total * 1.6);
    expect(await estimate('256th')).toBeLessThan(broadFrom);
    expect(sixteenth).toBeLessThan(broadFrom);
    expect(sixteenth).toBeGreaterThanOrEqual(0.4 * broadFrom);
    expect(eighth).toBeGreaterThanOrEqual(broadFrom / 2);
    const broad = await search({ q }, { broadFrom });
    expect(broad.facets.approximate).toBe(true);
    expect(broad.total).toBe(eighth);
    expect(Math.abs(broad.total - exact.total) / exact.total).toBeLessThan(0.2);

    // A higher bar, still within reach of the sixteenth, but the eighth's estimate is short of half of it: exact.
    const higher = Math.round(exact.total * 2.25);
    expect(sixteenth).toBeGreaterThanOrEqual(0.4 * higher);
    expect(eighth).toBeLessThan(higher / 2);
    const counted = await search({ q }, { broadFrom: higher });
    expect(counted.facets.approximate).toBe(false);
    expect(counted.total).toBe(exact.total);
  });

  it('asks the eighth straight away, not the sixteenth first, when the 256th estimates fewer than broad', async () => {
    const params = parseSearchParams({ q: 'veterans' }).params;
    const finer = await sampledTotal(params, '256th');
    const statements = vi.spyOn(pg.Pool.prototype, 'query');
    try {
      const found = await searchMeasures(db, params, { broadFrom: finer + 1 });
      const sent = statements.mock.calls.map(([text]) => String(text));
      expect(sent.filter((text) => text.includes(`'#u0'::tsquery`))).toHaveLength(1);
      expect(sent.filter((text) => text.includes(`'#s0 | #s8'::tsquery`))).toHaveLength(1);
      expect(sent.filter((text) => text.includes(`'#s0'::tsquery`))).toHaveLength(0);
      expect(found.total).toBe(await sampledTotal(params, 'eighth'));
    } finally {
      statements.mockRestore();
    }
  });

  it('matches nothing for only common words, as the exact path does, with the sample marks and the year marks', async () => {
    const queries: Record<string, string>[] = [
      { q: 'the' },
      { q: 'the of a', type: 'bill' },
      { q: 'the', introducedFrom: '2015-01-01', introducedTo: '2024-12-31' },
    ];
    for (const query of queries) {
      for (const options of [BROAD, { broadFrom: 1, sampleRows: 1 }, EXACT]) {
        const found = await search(query, options);
        expect(found.total).toBe(0);
        expect(found.hits).toEqual([]);
        expect(found.facets.approximate).toBe(false);
        expect(found.onlyStopWords).toBe(true);
      }
    }
  });

  it('labels its facet values as the exact path does: names, not slugs', async () => {
    const exact = await search({ q: 'veterans' }, EXACT);
    const broad = await search({ q: 'veterans' }, BROAD);
    for (const key of ['jurisdiction', 'body', 'sponsor'] as const) {
      const labels = new Map(exact.facets[key].map((value) => [value.value, value.label]));
      expect(broad.facets[key].length).toBeGreaterThan(0);
      for (const value of broad.facets[key]) {
        expect(value.label).not.toBe(value.value);
        if (labels.has(value.value)) expect(value.label).toBe(labels.get(value.value));
      }
    }
  });

  it('keeps every filter: a broad search narrowed to bills lists only bills', async () => {
    const { hits, facets } = await search({ q: 'veterans', type: 'bill' }, BROAD);
    expect(hits.length).toBe(20);
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['bill']));
    expect(facets.type.map((value) => value.value)).toEqual(['bill']);
  });

  it('samples a 256th or a 64th of the matches by their marks: exactly the measures with id modulo 256 or 64 at 0', async () => {
    const q = 'housing';
    const params = parseSearchParams({ q }).params;
    const total = (share: Exclude<Share, 'all'>) => sampledTotal(params, share);
    const counted = async (modulo: number) =>
      (
        await db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM "Measure" m WHERE m."searchVector" @@ websearch_to_tsquery('english', $1) AND m."id" % ${modulo} = 0`,
          q,
        )
      )[0]!.n;
    const [fine, finer, by64, by256] = await Promise.all([total('64th'), total('256th'), counted(64), counted(256)]);
    expect(by256).toBeGreaterThan(0);
    expect(by64).toBeGreaterThan(by256 + 1);
    expect(fine).toBe(by64 * 64);
    expect(finer).toBe(by256 * 256);

    // With the rows a sample needs lowered to what this small database has, the search counts the 256th.
    const broad = await searchMeasures(db, params, { broadFrom: 100, sampleRows: by256 });
    expect(broad.facets.approximate).toBe(true);
    expect(broad.total).toBe(finer);
    // One row more than the 256th holds: the 64th, which holds at least that many.
    const sixtyFourth = await searchMeasures(db, params, { broadFrom: 100, sampleRows: by256 + 1 });
    expect(sixtyFourth.total).toBe(fine);
    // More rows than even the 64th holds: the sixteenth, as before.
    const sixteenth = await searchMeasures(db, params, { broadFrom: 100, sampleRows: by64 + 1 });
    const [bySixteen] = await Promise.all([counted(16)]);
    expect(sixteenth.total).toBe(bySixteen * 16);
  });

  it('reads a part through the GIN index or by walking the date index, with the same result', async () => {
    for (const query of [{ q: 'veterans' }, { q: 'water', sort: 'oldest' }, { q: 'housing', type: 'bill' }]) {
      const params = parseSearchParams(query).params;
      for (const condition of [
        Prisma.sql`m."titleVector" @@ ${tsQuery(params.q)}`,
        Prisma.sql`m."searchVector" @@ ${tsQuery(params.q)} AND NOT (m."titleVector" @@ ${tsQuery(params.q)})`,
      ]) {
        const read = (via: 'walk' | 'index') =>
          queryRows<{ id: number }>(db, broadPartQuery(params, condition, 45, via));
        const [walked, indexed] = await Promise.all([read('walk'), read('index')]);
        expect(walked.length).toBeGreaterThan(0);
        expect(indexed).toEqual(walked);
      }
    }
  });
});

describe('readVia', () => {
  it('walks the date index when the matches are many, reads them through the index when few', () => {
    // 20 of 1,000,000 measures: a walk reads 20 * 1,000,000 / matches rows, the index reads the matches.
    expect(readVia(170_000, 1_000_000, 20)).toBe('walk');
    expect(readVia(11_788, 1_000_000, 20)).toBe('walk');
    expect(readVia(3_000, 1_000_000, 20)).toBe('index');
    expect(readVia(0, 1_000_000, 20)).toBe('index');
    expect(readVia(1_500, 100_000, 20)).toBe('walk');
  });
});
