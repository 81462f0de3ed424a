// Which members' saved searches a measure is in, now: what alerts use to tell a member that a change concerns a
// search they saved (lib/notifications/fanout.ts). Each distinct saved query is checked once, with the same WHERE as
// the search page (lib/search/conditions.ts) narrowed to the one measure, so the check is an indexed row lookup.
import type { DbTx } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { filterConditions, textCondition } from '@/lib/search/conditions';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { parseSearchParams } from '@/lib/search/params';

export type SavedSearchMatch = { userId: string; name: string };

/** Whether the measure is among the results of a saved search's query string (as saved: "q=...&type=..."). */
export async function measureMatchesQuery(db: DbTx, measureId: number, query: string): Promise<boolean> {
  const { params } = parseSearchParams(Object.fromEntries(new URLSearchParams(query)));
  const exactIds = params.q ? (await findIdentifierMatches(db as DbClient, params.q)).map((match) => match.id) : [];
  const rows = await db.$queryRaw<{ match: boolean }[]>(Prisma.sql`
    SELECT EXISTS (
      SELECT 1 FROM "Measure" m WHERE m."id" = ${measureId} AND ${textCondition(params, exactIds)} AND ${filterConditions(params)}
    ) AS "match"`);
  return rows[0]?.match === true;
}

/** The active members with a saved search the measure is in, with the search's name (one per member and search). */
export async function savedSearchesMatching(db: DbTx, measureId: number): Promise<SavedSearchMatch[]> {
  const searches = await db.savedSearch.findMany({
    where: { user: { deactivatedAt: null } },
    select: { userId: true, name: true, query: true },
    orderBy: { id: 'asc' },
  });
  const verdicts = new Map<string, boolean>();
  const matches: SavedSearchMatch[] = [];
  for (const search of searches) {
    if (!verdicts.has(search.query)) verdicts.set(search.query, await measureMatchesQuery(db, measureId, search.query));
    if (verdicts.get(search.query)) matches.push({ userId: search.userId, name: search.name });
  }
  return matches;
}
