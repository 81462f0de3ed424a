// What each feed holds, read from public records only (actions, status, names; never positions or notes). A
// measure's feed is its timeline; a person's, the actions on measures they sponsor or are addressed by; a body's,
// the actions on measures it originated or acted on; a search's, the measures the list query finds. Each returns
// the records it shows, for the cache tags (lib/feeds/queries.ts).
import type { DbTx } from '@/lib/changes/record-change';
import { measureName } from '@/lib/format';
import type { Feed, FeedEntry } from '@/lib/feeds/render';
import type { Prisma } from '@/lib/generated/prisma/client';
import { measureListHref, type MeasureListParams } from '@/lib/measures/list-params';
import { measureListWhere } from '@/lib/measures/queries';

export const FEED_SIZE = 50;

export type FeedData = { feed: Feed; measureIds: number[]; personIds: number[]; bodyIds: number[] };

const actionSelect = {
  id: true, date: true, text: true,
  actingBody: { select: { name: true } },
  measure: { select: { id: true, slug: true, identifier: true, title: true, stage: true, outcome: true, originBody: { select: { name: true } } } },
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

function actionsFeed(actions: ActionRow[], head: Omit<Feed, 'entries' | 'updated'> & { fallbackUpdated: Date }, siteUrl: string): Feed {
  return {
    title: head.title,
    description: head.description,
    path: head.path,
    updated: actions[0]?.date ?? head.fallbackUpdated,
    entries: actions.map((action) => actionEntry(action, siteUrl)),
  };
}

const newestFirst = [{ date: 'desc' }, { position: 'desc' }, { id: 'desc' }] satisfies Prisma.ActionOrderByWithRelationInput[];

export async function readMeasureFeed(db: DbTx, slug: string, siteUrl: string): Promise<FeedData | null> {
  const measure = await db.measure.findUnique({ where: { slug }, select: { id: true, slug: true, identifier: true, title: true, updatedAt: true, originBody: { select: { id: true, name: true } } } });
  if (!measure) return null;
  const actions = await db.action.findMany({ where: { measureId: measure.id }, orderBy: newestFirst, take: FEED_SIZE, select: actionSelect });
  const name = measureName(measure);
  return {
    feed: actionsFeed(actions, { title: `${name}: ${measure.title}`, description: `Every action on ${name} of the ${measure.originBody.name}.`, path: `/measures/${slug}`, fallbackUpdated: measure.updatedAt }, siteUrl),
    measureIds: [measure.id],
    personIds: [],
    bodyIds: [measure.originBody.id],
  };
}

export async function readPersonFeed(db: DbTx, slug: string, siteUrl: string): Promise<FeedData | null> {
  const person = await db.person.findUnique({ where: { slug }, select: { id: true, name: true, updatedAt: true } });
  if (!person) return null;
  const actions = await db.action.findMany({
    where: { measure: { OR: [{ sponsorships: { some: { personId: person.id } } }, { targets: { some: { personId: person.id } } }] } },
    orderBy: newestFirst,
    take: FEED_SIZE,
    select: actionSelect,
  });
  return {
    feed: actionsFeed(actions, { title: `${person.name}: measures`, description: `Actions on the measures ${person.name} sponsors or is addressed by.`, path: `/people/${slug}`, fallbackUpdated: person.updatedAt }, siteUrl),
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
    feed: actionsFeed(actions, { title: `${body.name}: measures`, description: `Actions on the measures of the ${body.name}.`, path: `/bodies/${slug}`, fallbackUpdated: body.updatedAt }, siteUrl),
    measureIds: [...new Set(actions.map((action) => action.measure.id))],
    personIds: [],
    bodyIds: [body.id],
  };
}

/** The measures list with its filters (the search URL), most recently active first: one entry per measure. */
export async function readSearchFeed(db: DbTx, params: MeasureListParams, siteUrl: string): Promise<FeedData> {
  const measures = await db.measure.findMany({
    where: measureListWhere(params),
    orderBy: [{ lastActionDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: FEED_SIZE,
    select: { id: true, slug: true, identifier: true, title: true, stage: true, outcome: true, lastActionDate: true, updatedAt: true, originBody: { select: { name: true } } },
  });
  const entries: FeedEntry[] = measures.map((measure) => ({
    // The entry changes when the measure does: a reader shows it again after new activity.
    id: new URL(`/measures/${measure.slug}#${measure.stage}-${measure.outcome}-${(measure.lastActionDate ?? measure.updatedAt).toISOString().slice(0, 10)}`, siteUrl).toString(),
    title: `${measureName(measure)}: ${measure.title}`,
    path: `/measures/${measure.slug}`,
    summary: `${measure.originBody.name}. Status: ${words(measure.stage)}, ${words(measure.outcome)}.`,
    date: measure.lastActionDate ?? measure.updatedAt,
  }));
  return {
    feed: {
      title: 'Resolution Tracker: measures',
      description: 'Measures matching a search of the tracker, most recently active first.',
      path: measureListHref({ ...params, sort: 'lastAction', dir: 'desc', page: 1 }),
      updated: entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), new Date(0)),
      entries,
    },
    measureIds: measures.map((measure) => measure.id),
    personIds: [],
    bodyIds: [],
  };
}
