// The member's dashboard: the measures they follow (directly, or through a followed sponsor or body), which of
// them changed since they last marked the changes seen, sorted, filtered and paged by the database. Private data:
// every function takes the viewer's id and is never cached.
import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { DASHBOARD_PAGE_SIZE, type DashboardParams } from './params';

/** Change events that matter to a follower: status, actions, sponsors and cosponsors, relations. */
export const FEED_ENTITY_TYPES = ['measure', 'action', 'sponsorship', 'measureRelation'];

/** Since when changes count as new: the member's last "mark as seen", or when they joined. */
export async function getDashboardSettings(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { dashboardSeenAt: true, dashboardColumns: true, createdAt: true } });
  return { since: user.dashboardSeenAt ?? user.createdAt, columns: user.dashboardColumns };
}

/**
 * The measures a member follows: directly, through a followed person who sponsors them (unless withdrawn), or
 * through a followed body they come from. Read through the follows (indexed by user), not by testing every measure.
 */
export async function getFollowedMeasureIds(userId: string): Promise<number[]> {
  const follows = await db.follow.findMany({ where: { userId }, select: { measureId: true, personId: true, bodyId: true } });
  const ids = new Set(follows.flatMap((f) => (f.measureId != null ? [f.measureId] : [])));
  const personIds = follows.flatMap((f) => (f.personId != null ? [f.personId] : []));
  const bodyIds = follows.flatMap((f) => (f.bodyId != null ? [f.bodyId] : []));
  const [sponsored, fromBodies] = await Promise.all([
    personIds.length ? db.sponsorship.findMany({ where: { personId: { in: personIds }, withdrawnOn: null }, select: { measureId: true } }) : [],
    bodyIds.length ? db.measure.findMany({ where: { originBodyId: { in: bodyIds } }, select: { id: true } }) : [],
  ]);
  for (const s of sponsored) ids.add(s.measureId);
  for (const m of fromBodies) ids.add(m.id);
  return [...ids];
}

/** Events by others (a member's own edits are not news to them) on these measures after `since`. */
export function newEventsWhere(userId: string, measureIds: number[], since: Date): Prisma.ChangeEventWhereInput {
  return {
    measureId: { in: measureIds },
    at: { gt: since },
    entityType: { in: FEED_ENTITY_TYPES },
    OR: [{ actorId: null }, { actorId: { not: userId } }],
  };
}

/** How many new events each followed measure has (absent: none). */
export async function getChangedCounts(userId: string, measureIds: number[], since: Date): Promise<Map<number, number>> {
  if (measureIds.length === 0) return new Map();
  const groups = await db.changeEvent.groupBy({ by: ['measureId'], where: newEventsWhere(userId, measureIds, since), _count: { _all: true } });
  return new Map(groups.filter((g) => g.measureId != null).map((g) => [g.measureId!, g._count._all]));
}

export function dashboardWhere(ids: number[], params: DashboardParams): Prisma.MeasureWhereInput {
  return {
    id: { in: ids },
    ...(params.stage ? { stage: params.stage } : {}),
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(params.q
      ? { OR: [{ identifier: { contains: params.q, mode: 'insensitive' } }, { title: { contains: params.q, mode: 'insensitive' } }] }
      : {}),
  };
}

export function dashboardOrderBy(params: DashboardParams): Prisma.MeasureOrderByWithRelationInput[] {
  const dir = params.dir;
  const byKey: Record<DashboardParams['sort'], Prisma.MeasureOrderByWithRelationInput[]> = {
    identifier: [{ normalizedIdentifier: { sort: dir, nulls: 'last' } }],
    title: [{ title: dir }],
    body: [{ originBody: { name: dir } }],
    stage: [{ stage: dir }, { outcome: dir }],
    lastAction: [{ lastActionDate: { sort: dir, nulls: 'last' } }],
  };
  return [...byKey[params.sort], { id: dir }];
}

export const dashboardRowSelect = {
  id: true, slug: true, identifier: true, title: true, type: true, stage: true, outcome: true, overrideStage: true, overrideOutcome: true,
  lastActionDate: true,
  originBody: { select: { slug: true, name: true } },
  currentBody: { select: { slug: true, name: true } },
  actions: { orderBy: { position: 'desc' }, take: 1, select: { date: true, text: true } },
} as const satisfies Prisma.MeasureSelect;

export type DashboardRow = Prisma.MeasureGetPayload<{ select: typeof dashboardRowSelect }>;

/** Which measures the table covers: every followed one, or only those with news. */
export async function getDashboardScope(userId: string, params: DashboardParams, since: Date, followed?: number[]) {
  const followedIds = followed ?? (await getFollowedMeasureIds(userId));
  const changed = await getChangedCounts(userId, followedIds, since);
  const ids = params.changedOnly ? [...changed.keys()] : followedIds;
  return { followedIds, changed, ids };
}

async function getRows(ids: number[], params: DashboardParams) {
  const where = dashboardWhere(ids, params);
  const [rows, total] = await Promise.all([
    db.measure.findMany({ where, orderBy: dashboardOrderBy(params), skip: (params.page - 1) * DASHBOARD_PAGE_SIZE, take: DASHBOARD_PAGE_SIZE, select: dashboardRowSelect }),
    db.measure.count({ where }),
  ]);
  return { rows, total };
}

/**
 * One page of the table with the news marks. The counts of new events and the rows are read at the same time
 * (except for "changed only", whose rows depend on the counts).
 */
export async function getDashboardPage(userId: string, params: DashboardParams, since: Date, followed?: number[]) {
  const followedIds = followed ?? (await getFollowedMeasureIds(userId));
  if (params.changedOnly) {
    const scope = await getDashboardScope(userId, params, since, followedIds);
    return { ...(await getRows(scope.ids, params)), changed: scope.changed, followedIds };
  }
  const [changed, page] = await Promise.all([getChangedCounts(userId, followedIds, since), getRows(followedIds, params)]);
  return { ...page, changed, followedIds };
}
