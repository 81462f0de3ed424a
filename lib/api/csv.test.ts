// CSV of the lists (format=csv): every matching row, streamed in keyset batches, formula-safe.
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';

process.env.API_RATE_LIMIT = '1000000';
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { call } = await import('./test-support');
const { MEASURE_CSV_COLUMNS } = await import('./data');

const db = getTestDb();
const COUNT = 2345; // more than two batches
let council: { id: number; slug: string };
let sponsorSlug: string;

beforeAll(async () => {
  const jurisdiction = await createJurisdiction(db, { name: 'Csvland' });
  council = await createBody(db, { name: 'Csvland Council', jurisdictionId: jurisdiction.id });
  await db.measure.createMany({
    data: Array.from({ length: COUNT }, (_, i) => ({
      slug: uniqueSlug(`csvland-${i}`),
      type: 'resolution' as const,
      title: `Csvland bulk resolution ${i}`,
      jurisdictionId: jurisdiction.id,
      originBodyId: council.id,
    })),
  });
  const sponsor = await createPerson(db, { name: 'Eve Formula' });
  sponsorSlug = sponsor.slug;
  await createMeasure(db, {
    title: '=HYPERLINK("http://evil.example","click")',
    originBodyId: council.id,
    subjects: ['+cmd', '@SUM(A1)'],
    sponsors: [{ personId: sponsor.id }],
  });
  await createMeasure(db, {
    title: '-2+3, "quoted"\nand a line',
    originBodyId: council.id,
    sponsors: [{ personId: sponsor.id }],
  });
});

const csvOf = async (path: string) => {
  const response = await call(path.startsWith('/api/v1/search') ? 'search' : 'measures', path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="\w+\.csv"$/);
  const text = await response.text();
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
};

describe('CSV', () => {
  it("a body's measures: every row once, streamed in batches, with the documented columns", async () => {
    const rows = await csvOf(`/api/v1/measures?body=${council.slug}&format=csv`);
    expect(rows).toHaveLength(COUNT + 2);
    expect(Object.keys(rows[0]!)).toEqual([...MEASURE_CSV_COLUMNS]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(COUNT + 2);
    const ids = rows.map((row) => Number(row.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("a person's measures, and search results", async () => {
    expect(await csvOf(`/api/v1/measures?sponsor=${sponsorSlug}&format=csv`)).toHaveLength(2);
    expect(await csvOf(`/api/v1/search?q=csvland%20bulk&format=csv`)).toHaveLength(COUNT);
  });

  it('is formula-safe: cells a spreadsheet would run start with an apostrophe; quotes and line breaks survive', async () => {
    const rows = await csvOf(`/api/v1/measures?sponsor=${sponsorSlug}&format=csv`);
    const titles = rows.map((row) => row.title);
    expect(titles).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(titles).toContain(`'-2+3, "quoted"\nand a line`);
    expect(rows.find((row) => row.title!.includes('HYPERLINK'))!.subjects).toBe(`'+cmd; @SUM(A1)`);
  });

  it('bad parameters are still a 400 problem, not a broken file', async () => {
    const response = await call('measures', '/api/v1/measures?format=csv&stage=nope');
    expect(response.status).toBe(400);
  });
});
