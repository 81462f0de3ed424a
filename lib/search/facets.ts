// The matching measures, counted and paged in one statement: they are found once (a materialized CTE, through the
// GIN index), grouped for the facets (the single-valued ones in one pass) and ordered for the page of results. Each
// count is taken with every chosen filter applied, so it is what choosing that value would give.
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
    ),
    -- The total and the five single-valued facets in one pass over the matches.
    grouped AS MATERIALIZED (
      SELECT CASE WHEN GROUPING("type") = 0 THEN 'type' WHEN GROUPING("stage") = 0 THEN 'stage'
                  WHEN GROUPING("outcome") = 0 THEN 'outcome' WHEN GROUPING("originBodyId") = 0 THEN 'body'
                  WHEN GROUPING("jurisdictionId") = 0 THEN 'jurisdiction' ELSE 'total' END AS "facet",
             coalesce("type"::text, "stage"::text, "outcome"::text, "originBodyId"::text, "jurisdictionId"::text) AS "value",
             count(*)::int AS "count"
      FROM matched GROUP BY GROUPING SETS (("type"), ("stage"), ("outcome"), ("originBodyId"), ("jurisdictionId"), ())
    )
    SELECT 'hit' AS "facet", h."id"::text AS "value", h."exact"::text AS "label", h."n"::int AS "count" FROM (
      SELECT m."id", m."exact", row_number() OVER () AS "n" FROM (
        SELECT * FROM matched m ORDER BY ${matchedOrder(params)}
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}
      ) m
    ) h
    UNION ALL
    SELECT g."facet", g."value", NULL, g."count" FROM grouped g WHERE g."facet" IN ('total', 'type', 'stage', 'outcome')
    UNION ALL
    (SELECT 'body', b."slug", b."name", g."count" FROM grouped g JOIN "Body" b ON b."id" = g."value"::int
     WHERE g."facet" = 'body' ORDER BY g."count" DESC, b."id" LIMIT ${FACET_LIMIT})
    UNION ALL
    (SELECT 'jurisdiction', j."slug", j."name", g."count" FROM grouped g JOIN "Jurisdiction" j ON j."id" = g."value"::int
     WHERE g."facet" = 'jurisdiction' ORDER BY g."count" DESC, j."id" LIMIT ${FACET_LIMIT})
    UNION ALL
    -- Subjects and primary sponsors are lists, mostly of one or two: the first two by position (cheap), the rest
    -- unnested only for the few measures that have more.
    SELECT 'subject', c."subject", c."subject", c."count" FROM (
      SELECT "subject", count(*)::int AS "count" FROM (
        SELECT "subjects"[1] AS "subject" FROM matched WHERE cardinality("subjects") >= 1
        UNION ALL SELECT "subjects"[2] FROM matched WHERE cardinality("subjects") >= 2
        UNION ALL SELECT unnest("subjects"[3:]) FROM matched WHERE cardinality("subjects") > 2
      ) s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c
    UNION ALL
    -- Primary sponsors, from the measure's own list (kept by a trigger on Sponsorship), not a lookup per match.
    SELECT 'sponsor', p."slug", p."name", c."count" FROM (
      SELECT "id", count(*)::int AS "count" FROM (
        SELECT "primarySponsorIds"[1] AS "id" FROM matched WHERE cardinality("primarySponsorIds") >= 1
        UNION ALL SELECT unnest("primarySponsorIds"[2:]) FROM matched WHERE cardinality("primarySponsorIds") > 1
      ) s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
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
