// The synthetic world on a database of its own: the counts it promises, the same world for the same seed, a second
// load refused unless --replace, and search documents and relations in place for the benchmarks that use it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiblingTestDatabase, type TestDatabase } from '@/lib/test/database';
import { getTestDatabaseUrl } from '@/lib/test/db';
import { loadSynthetic } from './load';

let database: TestDatabase;

beforeAll(async () => {
  database = await createSiblingTestDatabase(getTestDatabaseUrl());
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('loadSynthetic', () => {
  it('loads measures with about ten actions each, sponsors, relations and search documents, the same for the same seed', async () => {
    const [before] = await query<{ last: number }>(`SELECT coalesce(max("id"), 0)::int AS last FROM "CacheTagChange"`);
    const summary = await loadSynthetic(database.url, { measures: 400, seed: 7, replace: false });
    expect(summary.measures).toBe(400);
    expect(summary.actions / summary.measures).toBeGreaterThan(5);
    expect(summary.actions / summary.measures).toBeLessThan(15);
    expect(summary.sponsorships).toBeGreaterThanOrEqual(400);
    expect(summary.relations).toBeGreaterThan(10);
    const [row] = await query<{ measures: number; vectors: number; relations: number; titles: string }>(
      `SELECT (SELECT count(*)::int FROM "Measure") AS measures, (SELECT count(*)::int FROM "Measure" WHERE "searchVector" IS NOT NULL) AS vectors,
              (SELECT count(*)::int FROM "MeasureRelation") AS relations, (SELECT string_agg("title", '|' ORDER BY "id") FROM (SELECT * FROM "Measure" ORDER BY "id" LIMIT 5) m) AS titles`,
    );
    expect(row).toMatchObject({ measures: 400, vectors: 400, relations: summary.relations });
    // The cache-tag triggers of the measures' tables are off for the load (not one change per row) and on again after
    // it; the lists' tags are recorded once.
    const tagRows = await query<{ tag: string }>(
      `SELECT DISTINCT "tag" FROM "CacheTagChange" WHERE "id" > ${before!.last} ORDER BY "tag"`,
    );
    const recorded = tagRows.map((r) => r.tag);
    expect(recorded).toEqual(expect.arrayContaining(['bodies', 'measures', 'people']));
    // The world's people and bodies are recorded as they are inserted (thousands); the measures' rows are not.
    expect(recorded.filter((tag) => tag.startsWith('measure:') || tag.startsWith('dashboard:'))).toEqual([]);
    const disabled = await query<{ tgname: string }>(
      `SELECT "tgname" FROM pg_trigger WHERE NOT "tgisinternal" AND "tgenabled" = 'D'`,
    );
    expect(disabled).toEqual([]);

    await expect(loadSynthetic(database.url, { measures: 10, seed: 7, replace: false })).rejects.toThrow(/--replace/);
    await loadSynthetic(database.url, { measures: 400, seed: 7, replace: true });
    const [again] = await query<{ measures: number; titles: string }>(
      `SELECT (SELECT count(*)::int FROM "Measure") AS measures, (SELECT string_agg("title", '|' ORDER BY "id") FROM (SELECT * FROM "Measure" ORDER BY "id" LIMIT 5) m) AS titles`,
    );
    expect(again!.measures).toBe(400);
    expect(again!.titles).toBe(row!.titles);
  }, 120_000);
});
