// Measures in the order of a key some of them lack (no number, no action yet), those lacking it last in either
// direction: read in two parts, the measures with the key in its order and then those without it by id. "Descending,
// missing last" is an order no index of ours keeps (Prisma's indexes put nulls first when descending), so in one
// statement PostgreSQL read and sorted every match: about 50 ms for the list at 100,000 measures, 334 ms for a
// chamber's 200,000 on its body page at 1,000,000, where each part reads an index (scripts/bench/plans.ts).
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const missingKey = {
  identifier: {
    has: { normalizedIdentifier: { not: null } },
    lacks: { normalizedIdentifier: null },
    order: (dir: 'asc' | 'desc') => [{ normalizedIdentifier: dir }, { id: dir }],
  },
  lastAction: {
    has: { lastActionDate: { not: null } },
    lacks: { lastActionDate: null },
    order: (dir: 'asc' | 'desc') => [{ lastActionDate: dir }, { id: dir }],
  },
} satisfies Record<
  string,
  {
    has: Prisma.MeasureWhereInput;
    lacks: Prisma.MeasureWhereInput;
    order: (dir: 'asc' | 'desc') => Prisma.MeasureOrderByWithRelationInput[];
  }
>;

export type MissingKeySort = keyof typeof missingKey;

/** `take` measures from `skip` in the order of `sort`, those without the key last (by id, in the same direction). */
export async function readMissingLast<S extends Prisma.MeasureSelect>(
  where: Prisma.MeasureWhereInput,
  order: { sort: MissingKeySort; dir: 'asc' | 'desc' },
  page: { skip: number; take: number },
  select: S,
): Promise<Prisma.MeasureGetPayload<{ select: S }>[]> {
  type Row = Prisma.MeasureGetPayload<{ select: S }>;
  const { skip, take } = page;
  const key = missingKey[order.sort];
  const withKey = { AND: [where, key.has] };
  const keyed = (await db.measure.findMany({
    where: withKey,
    orderBy: key.order(order.dir),
    skip,
    take,
    select,
  })) as Row[];
  if (keyed.length === take) return keyed;
  const keyedTotal = keyed.length > 0 ? skip + keyed.length : await db.measure.count({ where: withKey });
  const without = (await db.measure.findMany({
    where: { AND: [where, key.lacks] },
    orderBy: { id: order.dir },
    skip: Math.max(0, skip - keyedTotal),
    take: take - keyed.length,
    select,
  })) as Row[];
  return [...keyed, ...without];
}

/** The `take` most recently active measures, undated ones last (the body page, the build's prerendered measures). */
export function latestMeasures<S extends Prisma.MeasureSelect>(
  where: Prisma.MeasureWhereInput,
  take: number,
  select: S,
) {
  return readMissingLast(where, { sort: 'lastAction', dir: 'desc' }, { skip: 0, take }, select);
}
