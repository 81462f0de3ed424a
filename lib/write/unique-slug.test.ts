import { afterAll, describe, expect, it } from 'vitest';
import type { DbTx } from '@/lib/changes/record-change';
import { getTestDb } from '@/lib/test/db';
import { createPerson } from '@/prisma/factories';
import { uniqueSlug } from './unique-slug';

const db = getTestDb();

// The real database, with the person queries counted (a Prisma client extension, not a mock).
const calls = { findFirst: 0, findMany: 0 };
const counted = db.$extends({
  query: {
    person: {
      findFirst: ({ args, query }) => (calls.findFirst++, query(args)),
      findMany: ({ args, query }) => (calls.findMany++, query(args)),
    },
  },
});
afterAll(() => counted.$disconnect());
const allocate = (base: string) => uniqueSlug(counted as unknown as DbTx, 'person', base);

const takeSlug = async (slug: string) =>
  db.person.update({ where: { id: (await createPerson(db)).id }, data: { slug } });

describe('uniqueSlug, the one slug allocator', () => {
  it('gives the base when it is free, reading only the slug index (no prefix search)', async () => {
    const base = `alloc-${Date.now()}`;
    await takeSlug(`${base}-extra`); // starts with the base, but is not it
    calls.findFirst = calls.findMany = 0;
    expect(await allocate(base)).toBe(base);
    expect(calls).toEqual({ findFirst: 1, findMany: 0 });
  });

  it('gives base-2 when the base is taken, and base-3 when base-2 is taken too', async () => {
    const base = `alloc-taken-${Date.now()}`;
    await takeSlug(base);
    calls.findFirst = calls.findMany = 0;
    expect(await allocate(base)).toBe(`${base}-2`);
    expect(calls).toEqual({ findFirst: 1, findMany: 1 });
    await takeSlug(`${base}-2`);
    expect(await allocate(base)).toBe(`${base}-3`);
  });
});
