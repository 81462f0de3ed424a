import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import { citationSelect } from '@/lib/sources/select';
import { isDormant } from '@/lib/status';
import type { Prisma } from '@/lib/generated/prisma/client';
import { cachedArgs, isSlug, slugSchema } from '@/lib/cache/cached-args';
import { z } from 'zod';
import { chambersOf, chambersSelect } from './chambers';
import { latestMeasures, readMissingLast } from './missing-last';
import { MEASURES_PAGE_SIZE, measureListParamsSchema, type MeasureListParams } from './list-params';

const bodyLink = { select: { id: true, slug: true, name: true } } as const;
const measureLink = {
  select: {
    id: true,
    slug: true,
    identifier: true,
    title: true,
    type: true,
    stage: true,
    outcome: true,
    originBody: { select: { name: true } },
  },
} as const;

/** Everything the public measure page shows, in one round of queries. */
export async function getMeasureBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  // Anything but a slug names no measure (a NUL byte would fail the query): not found, without asking the database.
  if (!isSlug(slug)) return null;
  cacheTag(tags.measureSlug(slug));
  const measure = await db.measure.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      identifier: true,
      type: true,
      title: true,
      summary: true,
      text: true,
      textUrl: true,
      subjects: true,
      introducedOn: true,
      stage: true,
      outcome: true,
      stageDate: true,
      lastActionDate: true,
      outcomeDate: true,
      lawType: true,
      lawNumber: true,
      overrideStage: true,
      overrideOutcome: true,
      overrideReason: true,
      overrideAt: true,
      overrideBy: { select: { name: true } },
      updatedAt: true,
      jurisdiction: { select: { name: true, slug: true } },
      originBody: { select: { id: true, slug: true, name: true, ...chambersSelect } },
      currentBody: bodyLink,
      finalBody: bodyLink,
      session: { select: { name: true } },
      actions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          date: true,
          datePrecision: true,
          text: true,
          sourceCode: true,
          classification: true,
          actingBody: bodyLink,
          relatedBody: bodyLink,
        },
      },
      sponsorships: {
        orderBy: [{ kind: 'asc' }, { position: 'asc' }],
        select: {
          id: true,
          kind: true,
          isOriginal: true,
          nameAsGiven: true,
          sponsoredOn: true,
          withdrawnOn: true,
          person: { select: { id: true, slug: true, name: true } },
          body: bodyLink,
        },
      },
      targets: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          verb: true,
          entityName: true,
          roleAsWritten: true,
          quote: true,
          body: bodyLink,
          person: { select: { id: true, slug: true, name: true } },
        },
      },
      relationsFrom: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          type: true,
          targetIdentifier: true,
          targetJurisdictionText: true,
          evidenceQuote: true,
          evidenceUrl: true,
          addedByLabel: true,
          addedBy: { select: { name: true } },
          toMeasure: measureLink,
        },
      },
      relationsTo: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          type: true,
          evidenceQuote: true,
          evidenceUrl: true,
          addedByLabel: true,
          addedBy: { select: { name: true } },
          fromMeasure: measureLink,
        },
      },
      citations: citationSelect,
    },
  });
  if (!measure) return null;
  const { parent, classification, ...originBody } = measure.originBody;
  // Computed here, at cache time: the cache lives a day at most, so "dormant" is at most a day late.
  const dormant = isDormant(measure.lastActionDate, new Date(), measure.outcome);
  const chambers = chambersOf({ classification, parent });
  cacheTag(
    ...pageTags([tags.measure(measure.id)], {
      people: measure.sponsorships.map((s) => s.person?.id),
      measures: [
        ...measure.relationsFrom.map((r) => r.toMeasure?.id),
        ...measure.relationsTo.map((r) => r.fromMeasure.id),
      ],
      bodies: [measure.originBody.id, measure.currentBody?.id, measure.finalBody?.id],
    }),
  );
  return { ...measure, originBody, chambers, dormant };
}

export type MeasurePageData = NonNullable<Awaited<ReturnType<typeof getMeasureBySlug>>>;

/** The order of the sorts whose key every measure has (the others: findListRows). */
function listOrder(sort: 'title' | 'body' | 'stage', dir: 'asc' | 'desc'): Prisma.MeasureOrderByWithRelationInput[] {
  switch (sort) {
    case 'title':
      return [{ title: dir }, { id: dir }];
    // The origin body's name as the database keeps it on the measure, which an index orders.
    case 'body':
      return [{ originBodyName: dir }, { id: dir }];
    case 'stage':
      return [{ stage: dir }, { outcome: dir }, { id: dir }];
  }
}

/**
 * The list's filters as a where clause; null when the body filter names no body (nothing matches). The body is looked
 * up first and filtered by its id: through the relation (originBody: { slug }), PostgreSQL joined the body and sorted
 * every one of its measures for each page (346 ms for a chamber's 200,000 at 1,000,000 measures), where with the id
 * it walks the (originBodyId, lastActionDate) index (2 ms).
 */
export async function measureListWhere(params: MeasureListParams): Promise<Prisma.MeasureWhereInput | null> {
  const body = params.body
    ? await db.body.findUnique({ where: { slug: params.body }, select: { id: true } })
    : undefined;
  if (body === null) return null;
  const related: Prisma.MeasureWhereInput[] = [
    ...(params.sponsor
      ? [{ sponsorships: { some: { kind: 'primary' as const, person: { slug: params.sponsor } } } }]
      : []),
    ...(params.cosponsor
      ? [{ sponsorships: { some: { kind: 'cosponsor' as const, person: { slug: params.cosponsor } } } }]
      : []),
    ...(params.addressee ? [{ targets: { some: { body: { slug: params.addressee } } } }] : []),
  ];
  return {
    ...(body ? { originBodyId: body.id } : {}),
    ...(params.type ? { type: params.type } : {}),
    ...(params.stage ? { stage: params.stage } : {}),
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(related.length > 0 ? { AND: related } : {}),
  };
}

/**
 * The names behind the list's person and addressee filters, for its heading; null where a slug names no one, so the
 * page can say so instead of showing an unexplained empty list.
 */
export async function getMeasureListFilterNames(
  filters: Pick<MeasureListParams, 'sponsor' | 'cosponsor' | 'addressee'>,
) {
  'use cache';
  cacheLife('days');
  const params = cachedArgs('getMeasureListFilterNames', filterNamesSchema, filters);
  const person = async (slug: string | undefined) => {
    if (!slug) return undefined;
    cacheTag(tags.personSlug(slug));
    const found = await db.person.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
    if (found) cacheTag(tags.person(found.id));
    return found;
  };
  const body = async (slug: string | undefined) => {
    if (!slug) return undefined;
    cacheTag(tags.bodySlug(slug));
    const found = await db.body.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
    if (found) cacheTag(tags.body(found.id));
    return found;
  };
  const [sponsor, cosponsor, addressee] = await Promise.all([
    person(params.sponsor),
    person(params.cosponsor),
    body(params.addressee),
  ]);
  return { sponsor, cosponsor, addressee };
}

const filterNamesSchema = z
  .object({ sponsor: slugSchema.optional(), cosponsor: slugSchema.optional(), addressee: slugSchema.optional() })
  .strict();

export type MeasureListFilterNames = Awaited<ReturnType<typeof getMeasureListFilterNames>>;

const listRowSelect = {
  id: true,
  slug: true,
  identifier: true,
  title: true,
  type: true,
  stage: true,
  outcome: true,
  lastActionDate: true,
  originBody: { select: { slug: true, name: true } },
  currentBody: { select: { slug: true, name: true } },
} as const satisfies Prisma.MeasureSelect;

/** The rows of one page in the list's order; a sort whose key can be missing puts the measures without it last. */
async function findListRows(where: Prisma.MeasureWhereInput, params: MeasureListParams) {
  const page = { skip: (params.page - 1) * MEASURES_PAGE_SIZE, take: MEASURES_PAGE_SIZE };
  if (params.sort === 'identifier' || params.sort === 'lastAction') {
    return readMissingLast(where, { sort: params.sort, dir: params.dir }, page, listRowSelect);
  }
  return db.measure.findMany({ where, orderBy: listOrder(params.sort, params.dir), ...page, select: listRowSelect });
}

/** One page of the measures list, filtered and sorted in the database, with the total for pagination. */
export async function findMeasures(listParams: MeasureListParams) {
  'use cache';
  cacheLife('days');
  const params = cachedArgs('findMeasures', measureListParamsSchema, listParams);
  cacheTag(tags.measureList);
  const where = await measureListWhere(params);
  if (!where) return { rows: [], total: 0, pageSize: MEASURES_PAGE_SIZE };
  const [rows, total] = await Promise.all([findListRows(where, params), db.measure.count({ where })]);
  return { rows, total, pageSize: MEASURES_PAGE_SIZE };
}

export type MeasureListRow = Awaited<ReturnType<typeof findMeasures>>['rows'][number];

/** The bodies that have measures, for the list's body filter. */
export async function getMeasureBodies() {
  'use cache';
  cacheLife('days');
  cacheTag(tags.measureList);
  return db.body.findMany({
    where: { originMeasures: { some: {} } },
    orderBy: { name: 'asc' },
    select: { slug: true, name: true },
  });
}

/** The most getRecentActions gives: the home page shows 12. */
export const MAX_RECENT_ACTIONS = 50;

/** The latest actions across all measures, for the home page. */
export async function getRecentActions(count = 10) {
  'use cache';
  cacheLife('days');
  const limit = cachedArgs('getRecentActions', z.number().int().min(1).max(MAX_RECENT_ACTIONS), count);
  cacheTag(tags.measureList);
  return db.action.findMany({
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      date: true,
      datePrecision: true,
      text: true,
      actingBody: { select: { slug: true, name: true } },
      measure: {
        select: {
          slug: true,
          identifier: true,
          title: true,
          stage: true,
          outcome: true,
          type: true,
          originBody: { select: { name: true } },
        },
      },
    },
  });
}

/** Slugs to prerender at build time: the most recently active measures. */
export async function getRecentMeasureSlugs(limit = 50) {
  const rows = await latestMeasures({}, limit, { slug: true });
  return rows.map((row) => row.slug);
}
