// Facet counts of a search: how many of its measures fall in each body, jurisdiction, type, stage, outcome, subject
// and sponsor, counted with every chosen filter applied, so each count is what choosing that value would give.
// One statement: the matching measures are found once (a materialized CTE) and grouped seven ways.
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { filterConditions, textCondition } from '@/lib/search/conditions';
import type { FacetKey, SearchParams } from '@/lib/search/params';

export type FacetValue = { value: string; label: string; count: number };
export type Facets = Record<FacetKey, FacetValue[]> & { total: number };

/** How many values of the long facets (bodies, subjects, sponsors) are listed: the most frequent first. */
export const FACET_LIMIT = 12;

type Row = { facet: FacetKey | 'total'; value: string | null; label: string | null; count: number };

/** The facet counts, as SQL (the benchmark EXPLAINs it). */
export function facetsQuery(params: SearchParams, exactIds: number[]): Prisma.Sql {
  return Prisma.sql`
    WITH matched AS MATERIALIZED (
      SELECT m."id", m."originBodyId", m."jurisdictionId", m."type", m."stage", m."outcome", m."subjects"
      FROM "Measure" m
      WHERE ${textCondition(params.q, exactIds)} AND ${filterConditions(params)}
    )
    SELECT 'total' AS "facet", NULL AS "value", NULL AS "label", count(*)::int AS "count" FROM matched
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
    SELECT 'sponsor', p."slug", p."name", c."count" FROM (
      SELECT sp."personId" AS "id", count(DISTINCT sp."measureId")::int AS "count"
      FROM "Sponsorship" sp JOIN matched ON matched."id" = sp."measureId"
      WHERE sp."personId" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c JOIN "Person" p ON p."id" = c."id"`;
}

export async function countFacets(db: DbClient, params: SearchParams, exactIds: number[]): Promise<Facets> {
  const rows = await db.$queryRaw<Row[]>(facetsQuery(params, exactIds));

  const facets: Facets = { total: 0, body: [], jurisdiction: [], type: [], stage: [], outcome: [], subject: [], sponsor: [] };
  for (const row of rows) {
    if (row.facet === 'total') facets.total = row.count;
    else facets[row.facet].push({ value: row.value ?? '', label: row.label ?? row.value ?? '', count: row.count });
  }
  for (const key of ['body', 'jurisdiction', 'type', 'stage', 'outcome', 'subject', 'sponsor'] as const) {
    facets[key].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return facets;
}
