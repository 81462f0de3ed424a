// Template matches (issue 19): councils adopt near-identical resolution text. A measure's title and text, with
// names, numbers and dates stripped, are kept normalized by a trigger (MeasureTemplate, migration ..._campaigns);
// measures elsewhere whose normalized text is similar by trigrams (pg_trgm, GIN index) are offered to editors and
// members as possible related measures to confirm. Nothing is ever linked by this: a person confirms.
import type { DbTx } from '@/lib/changes/record-change';

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

/** Measures whose text looks like the same template as `measureId`'s, not already related to it, best first. */
export async function findTemplateMatches(db: DbTx, measureId: number, limit = 10): Promise<TemplateMatch[]> {
  const rows = await db.$queryRaw<TemplateMatch[]>`
    WITH src AS (
      SELECT "normalized" FROM "MeasureTemplate"
      WHERE "measureId" = ${measureId} AND length("normalized") >= ${TEMPLATE_MIN_LENGTH}
    )
    SELECT m."id", m."slug", m."identifier", m."title", m."originBodyName" AS "bodyName",
           similarity(t."normalized", src."normalized")::float8 AS "similarity"
    FROM src
    JOIN "MeasureTemplate" t ON t."normalized" % src."normalized" AND t."measureId" <> ${measureId}
    JOIN "Measure" m ON m."id" = t."measureId"
    WHERE similarity(t."normalized", src."normalized") >= ${TEMPLATE_THRESHOLD}
      AND NOT EXISTS (
        SELECT 1 FROM "MeasureRelation" r
        WHERE (r."fromMeasureId" = ${measureId} AND r."toMeasureId" = m."id")
           OR (r."fromMeasureId" = m."id" AND r."toMeasureId" = ${measureId}))
    ORDER BY "similarity" DESC, m."id"
    LIMIT ${limit}`;
  return rows;
}

/** The same within a transaction whose trigram threshold is the template threshold (the `%` operator's limit). */
export async function templateMatches(
  db: { $transaction: <T>(fn: (tx: DbTx) => Promise<T>) => Promise<T> },
  measureId: number,
  limit = 10,
): Promise<TemplateMatch[]> {
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SET LOCAL pg_trgm.similarity_threshold = ${TEMPLATE_THRESHOLD}`);
    return findTemplateMatches(tx, measureId, limit);
  });
}
