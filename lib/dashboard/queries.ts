// The member's dashboard: the measures they follow (directly, or through a followed sponsor or body), which of
// them changed since they last marked the changes seen, filtered, sorted, paged and counted by the database in one
// statement that returns only the rows and columns shown. Private data: every function takes the viewer's id and
// is never cached.
import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { followedMeasuresSql, idArray, newEventsSql } from './followed';
import { DASHBOARD_PAGE_SIZE, type DashboardParams } from './params';

export { FEED_ENTITY_TYPES } from './followed';

/**
 * Since when changes count as new (the member's last "mark as seen", or when they joined), their chosen columns, and
 * the ids of the measures they follow: one statement, whose ids the others then take as a parameter.
 */
export async function getDashboardSettings(
  userId: string,
): Promise<{ since: Date; columns: string[]; followedIds: number[] }> {
  const [settings] = await db.$queryRaw<{ since: Date; columns: string[]; followedIds: number[] }[]>`
    SELECT COALESCE(u."dashboardSeenAt", u."createdAt") AS "since", u."dashboardColumns" AS "columns",
      ARRAY(${followedMeasuresSql(userId)}) AS "followedIds"
    FROM "User" u WHERE u."id" = ${userId}`;
  if (!settings) throw new Error(`No user ${userId}`);
  return settings;
}

export type DashboardRow = {
  id: number;
  slug: string;
  identifier: string | null;
  title: string;
  type: MeasureType;
  stage: Stage;
  outcome: Outcome;
  overrideStage: Stage | null;
  overrideOutcome: Outcome | null;
  lastActionDate: Date | null;
  originBody: { slug: string; name: string };
  currentBody: { slug: string; name: string } | null;
  lastAction: { date: Date | null; text: string } | null;
  /** How many events by others since the member's last visit. */
  newEvents: number;
};

type RawRow = Omit<DashboardRow, 'originBody' | 'currentBody' | 'lastAction' | 'newEvents'> & {
  rank: bigint;
  total: number;
  originSlug: string;
  originName: string;
  currentSlug: string | null;
  currentName: string | null;
  lastActionOn: Date | null;
  lastActionText: string | null;
  newEvents: number;
};

const direction = (dir: DashboardParams['dir']) => Prisma.raw(dir === 'desc' ? 'DESC' : 'ASC');

/** The table's order over the matching rows (alias m), ending on the id so pages never overlap. */
export function dashboardOrderSql(params: DashboardParams): Prisma.Sql {
  const dir = direction(params.dir);
  const byKey: Record<DashboardParams['sort'], Prisma.Sql> = {
    identifier: Prisma.sql`m."normalizedIdentifier" ${dir} NULLS LAST`,
    title: Prisma.sql`m."title" ${dir}`,
    body: Prisma.sql`m."bodyName" ${dir}`,
    stage: Prisma.sql`m."stage" ${dir}, m."outcome" ${dir}`,
    lastAction: Prisma.sql`m."lastActionDate" ${dir} NULLS LAST`,
  };
  return Prisma.sql`${byKey[params.sort]}, m."id" ${dir}`;
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters of the view (alias m), and "changed only": measures with at least one new event. */
function filtersSql(userId: string, ids: number[], params: DashboardParams, since: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`m."id" = ANY(${idArray(ids)})`];
  if (params.stage) parts.push(Prisma.sql`m."stage" = ${params.stage}::"Stage"`);
  if (params.outcome) parts.push(Prisma.sql`m."outcome" = ${params.outcome}::"Outcome"`);
  if (params.q)
    parts.push(Prisma.sql`(m."identifier" ILIKE ${likePattern(params.q)} OR m."title" ILIKE ${likePattern(params.q)})`);
  if (params.changedOnly)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "ChangeEvent" e WHERE ${newEventsSql(userId, Prisma.sql`ARRAY[m."id"]`, since)})`,
    );
  return Prisma.join(parts, ' AND ');
}

/**
 * Rows `offset` to `offset + limit` of the member's view and how many rows match: one statement. Filter, count and
 * order run over the followed measures' sort keys; the shown columns, bodies, last action and count of new events
 * are read for the page's rows alone.
 */
export async function findDashboardRows(
  userId: string,
  followedIds: number[],
  params: DashboardParams,
  since: Date,
  range: { offset: number; limit: number },
) {
  const order = dashboardOrderSql(params);
  // The origin body's name is read for every matching row only when the table is sorted by it.
  const bySort = params.sort === 'body';
  const bodyName = bySort ? Prisma.sql`ob."name" AS "bodyName"` : Prisma.sql`NULL AS "bodyName"`;
  const bodyJoin = bySort ? Prisma.sql`JOIN "Body" ob ON ob."id" = m."originBodyId"` : Prisma.empty;
  const raw = await db.$queryRaw<RawRow[]>`
    WITH matching AS MATERIALIZED (
      SELECT m."id", m."normalizedIdentifier", m."title", m."stage", m."outcome", m."lastActionDate", ${bodyName}
      FROM "Measure" m ${bodyJoin} WHERE ${filtersSql(userId, followedIds, params, since)}
    ),
    page AS (SELECT m."id", row_number() OVER (ORDER BY ${order}) AS "rank" FROM matching m ORDER BY ${order} LIMIT ${range.limit} OFFSET ${range.offset})
    SELECT counts."total", r.*
    FROM (SELECT count(*)::int AS "total" FROM matching) counts
    LEFT JOIN (
      SELECT page."rank", m."id", m."slug", m."identifier", m."title", m."type"::text AS "type", m."stage"::text AS "stage", m."outcome"::text AS "outcome",
        m."overrideStage"::text AS "overrideStage", m."overrideOutcome"::text AS "overrideOutcome", m."lastActionDate",
        ob."slug" AS "originSlug", ob."name" AS "originName", cb."slug" AS "currentSlug", cb."name" AS "currentName",
        la."date" AS "lastActionOn", la."text" AS "lastActionText",
        (SELECT count(*)::int FROM "ChangeEvent" e WHERE ${newEventsSql(userId, Prisma.sql`ARRAY[m."id"]`, since)}) AS "newEvents"
      FROM page JOIN "Measure" m ON m."id" = page."id" JOIN "Body" ob ON ob."id" = m."originBodyId" LEFT JOIN "Body" cb ON cb."id" = m."currentBodyId"
      LEFT JOIN LATERAL (SELECT a."date", a."text" FROM "Action" a WHERE a."measureId" = m."id" ORDER BY a."position" DESC LIMIT 1) la ON TRUE
    ) r ON TRUE
    ORDER BY r."rank"`;
  const first = raw[0]!;
  const rows: DashboardRow[] = raw
    .filter((r) => r.id != null)
    .map((r) => ({
      id: r.id,
      slug: r.slug,
      identifier: r.identifier,
      title: r.title,
      type: r.type,
      stage: r.stage,
      outcome: r.outcome,
      overrideStage: r.overrideStage,
      overrideOutcome: r.overrideOutcome,
      lastActionDate: r.lastActionDate,
      originBody: { slug: r.originSlug, name: r.originName },
      currentBody: r.currentSlug != null ? { slug: r.currentSlug, name: r.currentName! } : null,
      lastAction: r.lastActionText != null ? { date: r.lastActionOn, text: r.lastActionText } : null,
      newEvents: r.newEvents,
    }));
  return { rows, total: first.total };
}

/** One page of the table with the news marks, and the number of matching rows. */
export async function getDashboardPage(userId: string, followedIds: number[], params: DashboardParams, since: Date) {
  if (followedIds.length === 0) return { rows: [], total: 0 };
  return findDashboardRows(userId, followedIds, params, since, {
    offset: (params.page - 1) * DASHBOARD_PAGE_SIZE,
    limit: DASHBOARD_PAGE_SIZE,
  });
}
