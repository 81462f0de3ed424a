// What each feed holds, read from public records only (actions, status, names; never positions or notes). A
// measure's feed is its timeline; a person's, the actions on measures they sponsor or are addressed by; a body's,
// the actions on measures it originated or acted on; a search's, the measures the search finds. Each returns
// the records it shows, for the cache tags (lib/feeds/queries.ts).
import type { DbTx } from '@/lib/changes/record-change';
import { measureName } from '@/lib/format';
import type { Feed, FeedEntry } from '@/lib/feeds/render';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DbClient } from '@/lib/db/client';
import { Prisma as PrismaSql } from '@/lib/generated/prisma/client';
import { filterConditions, textCondition } from '@/lib/search/conditions';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { searchHref, type SearchParams } from '@/lib/search/params';

export const FEED_SIZE = 50;

export type FeedData = { feed: Feed; measureIds: number[]; personIds: number[]; bodyIds: number[] };

const actionSelect = {
  id: true,
  date: true,
  text: true,
  actingBody: { select: { name: true } },
  measure: {
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      stage: true,
      outcome: true,
      originBody: { select: { name: true } },
    },
  },
} as const;

type ActionRow = Prisma.ActionGetPayload<{ select: typeof actionSelect }>;

const words = (value: string) => value.replaceAll('_', ' ');

function actionEntry(action: ActionRow, siteUrl: string): FeedEntry {
  const name = measureName(action.measure);
  return {
    id: new URL(`/measures/${action.measure.slug}#action-${action.id}`, siteUrl).toString(),
    title: `${name}: ${action.text}`,
    path: `/measures/${action.measure.slug}`,
    summary: `${action.text}${action.actingBody ? ` (${action.actingBody.name})` : ''}. ${action.measure.title}. Status: ${words(action.measure.stage)}, ${words(action.measure.outcome)}.`,
    date: action.date,
  };
}

function actionsFeed(
  actions: ActionRow[],
  head: Omit<Feed, 'entries' | 'updated'> & { fallbackUpdated: Date },
  siteUrl: string,
): Feed {
  return {
    title: head.title,
    description: head.description,
    path: head.path,
    updated: actions[0]?.date ?? head.fallbackUpdated,
    entries: actions.map((action) => actionEntry(action, siteUrl)),
  };
}

const newestFirst = [
  { date: 'desc' },
  { position: 'desc' },
  { id: 'desc' },
] satisfies Prisma.ActionOrderByWithRelationInput[];

export async function readMeasureFeed(db: DbTx, slug: string, siteUrl: string): Promise<FeedData | null> {
  const measure = await db.measure.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      updatedAt: true,
      originBody: { select: { id: true, name: true } },
    },
  });
  if (!measure) return null;
  const actions = await db.action.findMany({
    where: { measureId: measure.id },
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: actionSelect,
  });
  const name = measureName(measure);
  return {
    feed: actionsFeed(
      actions,
      {
        title: `${name}: ${measure.title}`,
        description: `Every action on ${name} of the ${measure.originBody.name}.`,
        path: `/measures/${slug}`,
        fallbackUpdated: measure.updatedAt,
      },
      siteUrl,
    ),
    measureIds: [measure.id],
    personIds: [],
    bodyIds: [measure.originBody.id],
  };
}

export async function readPersonFeed(db: DbTx, slug: string, siteUrl: string): Promise<FeedData | null> {
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, name: true, updatedAt: true } });
  if (!person) return null;
  const actions = await db.action.findMany({
    where: {
      measure: {
        OR: [{ sponsorships: { some: { personId: person.id } } }, { targets: { some: { personId: person.id } } }],
      },
    },
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: actionSelect,
  });
  return {
    feed: actionsFeed(
      actions,
      {
        title: `${person.name}: measures`,
        description: `Actions on the measures ${person.name} sponsors or is addressed by.`,
        path: `/people/${slug}`,
        fallbackUpdated: person.updatedAt,
      },
      siteUrl,
    ),
    measureIds: [...new Set(actions.map((action) => action.measure.id))],
    personIds: [person.id],
    bodyIds: [],
  };
}

export async function readBodyFeed(db: DbTx, slug: string, siteUrl: string): Promise<FeedData | null> {
  const body = await db.body.findUnique({ where: { slug }, select: { id: true, name: true, updatedAt: true } });
  if (!body) return null;
  const actions = await db.action.findMany({
    where: { OR: [{ actingBodyId: body.id }, { measure: { originBodyId: body.id } }] },
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: actionSelect,
  });
  return {
    feed: actionsFeed(
      actions,
      {
        title: `${body.name}: measures`,
        description: `Actions on the measures of the ${body.name}.`,
        path: `/bodies/${slug}`,
        fallbackUpdated: body.updatedAt,
      },
      siteUrl,
    ),
    measureIds: [...new Set(actions.map((action) => action.measure.id))],
    personIds: [],
    bodyIds: [body.id],
  };
}

/**
 * A search URL's feed: the measures the search finds (its words and facets, as on /search; the measures list's
 * filters are the same names), most recently active first, one entry per measure.
 */
export async function readSearchFeed(db: DbTx, params: SearchParams, siteUrl: string): Promise<FeedData> {
  const exactIds = params.q ? (await findIdentifierMatches(db as DbClient, params.q)).map((match) => match.id) : [];
  const found = await db.$queryRaw<{ id: number }[]>(PrismaSql.sql`
    SELECT m."id" FROM "Measure" m WHERE ${textCondition(params, exactIds)} AND ${filterConditions(params)}
    ORDER BY m."lastActionDate" DESC NULLS LAST, m."id" DESC LIMIT ${FEED_SIZE}`);
  const rows = await db.measure.findMany({
    where: { id: { in: found.map((row) => row.id) } },
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      stage: true,
      outcome: true,
      lastActionDate: true,
      updatedAt: true,
      originBody: { select: { name: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const measures = found.flatMap((row) => byId.get(row.id) ?? []);
  const entries: FeedEntry[] = measures.map((measure) => ({
    // The entry changes when the measure does: a reader shows it again after new activity.
    id: new URL(
      `/measures/${measure.slug}#${measure.stage}-${measure.outcome}-${(measure.lastActionDate ?? measure.updatedAt).toISOString().slice(0, 10)}`,
      siteUrl,
    ).toString(),
    title: `${measureName(measure)}: ${measure.title}`,
    path: `/measures/${measure.slug}`,
    summary: `${measure.originBody.name}. Status: ${words(measure.stage)}, ${words(measure.outcome)}.`,
    date: measure.lastActionDate ?? measure.updatedAt,
  }));
  return {
    feed: {
      title: params.q ? `Resolution Tracker: “${params.q}”` : 'Resolution Tracker: measures',
      description: 'Measures matching a search of the tracker, most recently active first.',
      path: searchHref({ ...params, sort: 'newest' }),
      updated: entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), new Date(0)),
      entries,
    },
    measureIds: measures.map((measure) => measure.id),
    personIds: [],
    bodyIds: [],
  };
}
