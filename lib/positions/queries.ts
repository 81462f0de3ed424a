// Positions are read only here, only by pages that have checked the viewer is signed in, and never inside a
// 'use cache' function: they must not reach public pages, cached queries, feeds or the API.
import 'server-only';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import { can } from '@/lib/auth/permissions';

const author = { select: { name: true, email: true } } as const;

/** Every position recorded on the measure, newest (the current one) first. */
export async function getPositionHistory(viewer: Viewer, measureId: number) {
  if (!can(viewer.role, 'position.record')) return [];
  return db.position.findMany({
    where: { measureId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, stance: true, note: true, createdAt: true, author },
  });
}

/** The current position of each of the measures. */
export async function getCurrentPositions(viewer: Viewer, measureIds: number[]) {
  if (!can(viewer.role, 'position.record') || measureIds.length === 0)
    return new Map<number, { stance: string; note: string | null }>();
  const rows = await db.position.findMany({
    where: { measureId: { in: measureIds } },
    orderBy: [{ measureId: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
    distinct: ['measureId'],
    select: { measureId: true, stance: true, note: true },
  });
  return new Map(rows.map((row) => [row.measureId, { stance: row.stance, note: row.note }]));
}
