import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { uniqueSlug } from './unique-slug';

const db = getTestDb();

describe('uniqueSlug', () => {
  it('gives the base while it is free, then the first free numbered one', async () => {
    const base = `slug-test-${Date.now()}`;
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(base);
    // A longer slug that only starts with the base leaves the base free.
    await db.jurisdiction.create({ data: { slug: `${base}-extra`, name: 'Extra', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(base);

    await db.jurisdiction.create({ data: { slug: base, name: 'Base', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(`${base}-2`);
    await db.jurisdiction.create({ data: { slug: `${base}-2`, name: 'Two', classification: 'municipality' } });
    await db.jurisdiction.create({ data: { slug: `${base}-4`, name: 'Four', classification: 'municipality' } });
    expect(await uniqueSlug(db, 'jurisdiction', base)).toBe(`${base}-3`);
  });
});
