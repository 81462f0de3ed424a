// What the API reads: keyset-paginated lists over a stable order (with the id as the tiebreak) and the records
// mapped to the shapes of lib/api/schemas.ts. The measures filters reuse search's WHERE builders
// (lib/search/conditions.ts) so the API, the list page and search filter alike; one measure is the measure page's
// own cached query (lib/measures/queries.ts getMeasureBySlug), revalidated by the same tags.
import { db } from '@/lib/db';
import { queryRows } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { filterConditions, textCondition } from '@/lib/search/conditions';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { cleanQuery, type SearchParams } from '@/lib/search/params';
import { siteUrl } from '@/lib/site';
import type { z } from 'zod';
import type { measureFilters } from './schemas';
import { toDay, toTime } from './schemas';

export type MeasureFilters = { [K in keyof typeof measureFilters]?: z.output<(typeof measureFilters)[K]> } & {
  updatedSince?: string;
};
export type MeasureOrder = 'id' | 'updatedAt';
export type Keyset = { order: MeasureOrder; after?: { id: number; updatedAt?: string } };

const asSearchParams = (filters: MeasureFilters): SearchParams => ({
  q: cleanQuery(filters.q).q,
  body: filters.body,
  jurisdiction: filters.jurisdiction,
  type: filters.type,
  stage: filters.stage,
  outcome: filters.outcome,
  subject: filters.subject,
  sponsor: filters.sponsor,
  introducedFrom: filters.introducedFrom,
  introducedTo: filters.introducedTo,
  actionFrom: filters.actionFrom,
  actionTo: filters.actionTo,
  sort: 'newest',
  page: 1,
});

/**
 * The WHERE of a measures list: search's words and facets, the list page's cosponsor and addressee filters, and a
 * campaign's confirmed members.
 */
export async function measureWhere(filters: MeasureFilters): Promise<Prisma.Sql> {
  const params = asSearchParams(filters);
  const exactIds = params.q ? (await findIdentifierMatches(db, params.q)).map((match) => match.id) : [];
  const parts = [textCondition(params, exactIds), filterConditions(params)];
  if (filters.cosponsor) {
    parts.push(Prisma.sql`m."id" IN (SELECT s."measureId" FROM "Sponsorship" s JOIN "Person" p ON p."id" = s."personId"
      WHERE s."kind" = 'cosponsor' AND p."slug" = ${filters.cosponsor})`);
  }
  if (filters.addressee) {
    parts.push(Prisma.sql`m."id" IN (SELECT t."measureId" FROM "MeasureTarget" t JOIN "Body" b ON b."id" = t."bodyId"
      WHERE b."slug" = ${filters.addressee})`);
  }
  if (filters.campaign) {
    parts.push(Prisma.sql`m."id" IN (SELECT cm."measureId" FROM "CampaignMeasure" cm JOIN "Campaign" c ON c."id" = cm."campaignId"
      WHERE cm."status" = 'CONFIRMED' AND c."slug" = ${filters.campaign})`);
  }
  if (filters.updatedSince) parts.push(Prisma.sql`m."updatedAt" >= ${utc(filters.updatedSince)}`);
  return Prisma.join(parts, ' AND ');
}

/** A timestamp parameter compared with the "timestamp(3)" columns Prisma writes in UTC. */
const utc = (iso: string) => Prisma.sql`(${iso}::timestamptz AT TIME ZONE 'UTC')`;

/** One batch of measure ids after the keyset position, in the keyset's order. */
export async function measureIds(where: Prisma.Sql, keyset: Keyset, take: number) {
  const after = keyset.after;
  if (keyset.order === 'updatedAt') {
    const position = after
      ? Prisma.sql`AND (m."updatedAt", m."id") > (${utc(after.updatedAt!)}, ${after.id})`
      : Prisma.empty;
    return queryRows<{ id: number; updatedAt: Date }>(
      db,
      Prisma.sql`SELECT m."id", m."updatedAt" FROM "Measure" m WHERE ${where} ${position}
        ORDER BY m."updatedAt", m."id" LIMIT ${take}`,
    );
  }
  const position = after ? Prisma.sql`AND m."id" > ${after.id}` : Prisma.empty;
  return queryRows<{ id: number; updatedAt: Date }>(
    db,
    Prisma.sql`SELECT m."id", m."updatedAt" FROM "Measure" m WHERE ${where} ${position} ORDER BY m."id" LIMIT ${take}`,
  );
}

const linkSelect = { select: { slug: true, name: true } } as const;

export const measureSummarySelect = {
  id: true,
  slug: true,
  identifier: true,
  title: true,
  type: true,
  stage: true,
  outcome: true,
  introducedOn: true,
  lastActionDate: true,
  subjects: true,
  updatedAt: true,
  jurisdiction: linkSelect,
  originBody: linkSelect,
  currentBody: linkSelect,
} as const satisfies Prisma.MeasureSelect;

type MeasureSummaryRow = Prisma.MeasureGetPayload<{ select: typeof measureSummarySelect }>;

export const measureUrl = (slug: string) => `${siteUrl()}/measures/${slug}`;

export function measureSummary(row: MeasureSummaryRow) {
  return {
    id: row.id,
    slug: row.slug,
    identifier: row.identifier,
    title: row.title,
    type: row.type,
    stage: row.stage,
    outcome: row.outcome,
    introducedOn: toDay(row.introducedOn),
    lastActionDate: toDay(row.lastActionDate),
    subjects: row.subjects,
    jurisdiction: row.jurisdiction,
    originBody: row.originBody,
    currentBody: row.currentBody,
    updatedAt: toTime(row.updatedAt),
    url: measureUrl(row.slug),
  };
}

/** The summaries of these measures, in the order of the ids. */
export async function measureSummaries(ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db.measure.findMany({ where: { id: { in: ids } }, select: measureSummarySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [measureSummary(row)] : [];
  });
}

export const MEASURE_CSV_COLUMNS = [
  'id',
  'slug',
  'identifier',
  'type',
  'title',
  'stage',
  'outcome',
  'introduced_on',
  'last_action_date',
  'jurisdiction',
  'origin_body',
  'current_body',
  'subjects',
  'updated_at',
  'url',
] as const;

export function measureCsvCells(m: ReturnType<typeof measureSummary>) {
  return [
    m.id,
    m.slug,
    m.identifier,
    m.type,
    m.title,
    m.stage,
    m.outcome,
    m.introducedOn,
    m.lastActionDate,
    m.jurisdiction.name,
    m.originBody.name,
    m.currentBody?.name,
    m.subjects.join('; '),
    m.updatedAt,
    m.url,
  ];
}
