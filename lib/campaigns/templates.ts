// Template matches (issue 19): councils adopt near-identical resolution text. A measure's title and text, with
// names, numbers and dates stripped, are kept normalized by a trigger (MeasureTemplate, migration ..._campaigns);
// measures elsewhere whose normalized text is similar by trigrams (pg_trgm, GiST index, nearest-neighbour order) are offered to editors and
// members as possible related measures to confirm. Nothing is ever linked by this: a person confirms.
import type { DbTx } from '@/lib/changes/record-change';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Similarity at or above which texts count as the same template. The same resolution with other places, people and
 * dates scores 1.0 after normalization and light rewording stays above 0.6; unrelated council resolutions score
 * 0.1-0.3 (lib/campaigns/templates.test.ts).
 */
export const TEMPLATE_THRESHOLD = 0.5;
/** Shorter normalized texts (a bare title) share too few words to tell a template from a coincidence. */
export const TEMPLATE_MIN_LENGTH = 60;

export type TemplateMatch = {
  id: number;
  slug: string;
  identifier: string | null;
  title: string;
  bodyName: string;
  similarity: number;
};

/**
 * How many nearest neighbours (by trigram distance, GiST index) are fetched before the already-related filter applies.
 * Nearest-neighbour ordering reads the index best-first and stops after this many, or sooner when fewer reach the
 * threshold (`%`), instead of rechecking every measure sharing some trigrams (synthetic and real council texts share much vocabulary:
 * a GIN `%` search rechecked ~9,900 candidates per query at 100,000 measures, docs/decisions/050-campaigns.md).
 */
const candidatesFor = (limit: number) => Math.max(50, limit * 5);

/** Sets the similarity `%` tests for the current transaction to TEMPLATE_THRESHOLD. */
export const TEMPLATE_THRESHOLD_SETTING = Prisma.sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(TEMPLATE_THRESHOLD)}, true)`;

/**
 * The measures whose normalized text `text` (that of `measureId`) is similar to, best first, skipping those already
 * related to it. The text is passed as a value (not joined) so the planner can order the GiST index scan by `<->`.
 * Exported for the bench, which EXPLAINs this very query (scripts/bench/campaigns.ts).
 */
export function templateCandidatesQuery(measureId: number, text: string, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT m."id", m."slug", m."identifier", m."title", m."originBodyName" AS "bodyName", c."similarity"
    FROM (
      SELECT t."measureId", similarity(t."normalized", ${text})::float8 AS "similarity"
      FROM "MeasureTemplate" t
      WHERE t."measureId" <> ${measureId} AND t."normalized" % ${text}
      ORDER BY t."normalized" <-> ${text}
      LIMIT ${candidatesFor(limit)}
    ) c
    JOIN "Measure" m ON m."id" = c."measureId"
    WHERE c."similarity" >= ${TEMPLATE_THRESHOLD}
      AND NOT EXISTS (
        SELECT 1 FROM "MeasureRelation" r
        WHERE (r."fromMeasureId" = ${measureId} AND r."toMeasureId" = m."id")
           OR (r."fromMeasureId" = m."id" AND r."toMeasureId" = ${measureId}))
    ORDER BY c."similarity" DESC, m."id"
    LIMIT ${limit}`;
}

/** Measures whose text looks like the same template as `measureId`'s, not already related to it, best first. */
export async function findTemplateMatches(db: DbTx, measureId: number, limit = 10): Promise<TemplateMatch[]> {
  const src = await db.$queryRaw<{ normalized: string }[]>`
    SELECT "normalized" FROM "MeasureTemplate"
    WHERE "measureId" = ${measureId} AND length("normalized") >= ${TEMPLATE_MIN_LENGTH}`;
  if (src.length === 0) return [];
  // `%` (similarity at or above pg_trgm.similarity_threshold, set for this transaction only) lets the index scan skip
  // every subtree that cannot reach the threshold, so a measure with few look-alikes stops early instead of walking on
  // to its 50 nearest neighbours, most of them unrelated (p95 140 -> 92 ms at 100,000 measures). Outside a
  // transaction set_config does not last to the next statement; `%` then prunes at pg_trgm's default of 0.3, and the
  // similarity test in the query still decides.
  await db.$queryRaw(TEMPLATE_THRESHOLD_SETTING);
  return db.$queryRaw<TemplateMatch[]>(templateCandidatesQuery(measureId, src[0]!.normalized, limit));
}

/** The same in one transaction (one consistent snapshot for the source text and its neighbours). */
export async function templateMatches(
  db: { $transaction: <T>(fn: (tx: DbTx) => Promise<T>) => Promise<T> },
  measureId: number,
  limit = 10,
): Promise<TemplateMatch[]> {
  return db.$transaction((tx) => findTemplateMatches(tx, measureId, limit));
}
