// The matching measures, counted and paged in one statement: they are found once (a materialized CTE, through the
// GIN index), then grouped seven ways for the facets and ordered for the page of results. Each count is taken
// with every chosen filter applied, so it is what choosing that value would give.
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { exactCondition, filterConditions, matchedOrder, ranksByRelevance, textCondition, tsQuery } from '@/lib/search/conditions';
import { SEARCH_PAGE_SIZE, type FacetKey, type SearchParams } from '@/lib/search/params';

export type FacetValue = { value: string; label: string; count: number };
export type Facets = Record<FacetKey, FacetValue[]> & { total: number };
export type MatchPage = { facets: Facets; ids: number[]; exactIds: Set<number> };

/** How many values of the long facets (bodies, subjects, sponsors) are listed: the most frequent first. */
export const FACET_LIMIT = 12;

type Row = { facet: FacetKey | 'total' | 'hit'; value: string | null; label: string | null; count: number };

/** The statement, as SQL (the benchmark EXPLAINs it). */
export function matchQuery(params: SearchParams, exactIds: number[]): Prisma.Sql {
  const rank = ranksByRelevance(params) ? Prisma.sql`ts_rank_cd(m."searchVector", ${tsQuery(params.q)})` : Prisma.sql`0::real`;
  return Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT m."id", m."originBodyId", m."jurisdictionId", m."type", m."stage", m."outcome", m."subjects", m."primarySponsorIds",
             m."lastActionDate",
             (${exactCondition(exactIds)}) AS "exact", ${rank} AS "rank"
      FROM "Measure" m
      WHERE ${textCondition(params.q, exactIds)} AND ${filterConditions(params)}
    )
    SELECT 'hit' AS "facet", h."id"::text AS "value", h."exact"::text AS "label", h."n"::int AS "count" FROM (
      SELECT m."id", m."exact", row_number() OVER () AS "n" FROM (
        SELECT * FROM matched m ORDER BY ${matchedOrder(params)}
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}
      ) m
    ) h
    UNION ALL
    SELECT 'total', NULL, NULL, count(*)::int FROM matched
    UNION ALL
    SELECT 'body', b."slug", b."name", c."count" FROM (
      SELECT "originBodyId" AS "id", count(*)::int AS "count" FROM matched GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c JOIN "Body" b ON b."id" = c."id"
    UNION ALL
    SELECT 'jurisdiction', j."slug", j."name", c."count" FROM (
      SELECT "jurisdictionId" AS "id", count(*)::int AS "count" FROM matched GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c JOIN "Jurisdiction" j ON j."id" = c."id"
    UNION ALL
    SELECT 'type', "type"::text, NULL, count(*)::int FROM matched GROUP BY "type"
    UNION ALL
    SELECT 'stage', "stage"::text, NULL, count(*)::int FROM matched GROUP BY "stage"
    UNION ALL
    SELECT 'outcome', "outcome"::text, NULL, count(*)::int FROM matched GROUP BY "outcome"
    UNION ALL
    SELECT 'subject', c."subject", c."subject", c."count" FROM (
      SELECT s AS "subject", count(*)::int AS "count" FROM matched, unnest(matched."subjects") s
      GROUP BY s ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c
    UNION ALL
    -- Primary sponsors, from the measure's own list (kept by a trigger on Sponsorship), not a lookup per match.
    SELECT 'sponsor', p."slug", p."name", c."count" FROM (
      SELECT s AS "id", count(*)::int AS "count" FROM matched, unnest(matched."primarySponsorIds") s
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c JOIN "Person" p ON p."id" = c."id"`;
}

export async function findMatches(db: DbClient, params: SearchParams, exactIds: number[]): Promise<MatchPage> {
  const rows = await db.$queryRaw<Row[]>(matchQuery(params, exactIds));
  const facets: Facets = { total: 0, body: [], jurisdiction: [], type: [], stage: [], outcome: [], subject: [], sponsor: [] };
  const hits: { id: number; n: number; exact: boolean }[] = [];
  for (const row of rows) {
    if (row.facet === 'total') facets.total = row.count;
    else if (row.facet === 'hit') hits.push({ id: Number(row.value), n: row.count, exact: row.label === 'true' });
    else facets[row.facet].push({ value: row.value ?? '', label: row.label ?? row.value ?? '', count: row.count });
  }
  for (const key of ['body', 'jurisdiction', 'type', 'stage', 'outcome', 'subject', 'sponsor'] as const) {
    facets[key].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  hits.sort((a, b) => a.n - b.n);
  return { facets, ids: hits.map((h) => h.id), exactIds: new Set(hits.filter((h) => h.exact).map((h) => h.id)) };
}
