import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import { citationSelect } from '@/lib/sources/select';

const BODY_MEASURES_LIMIT = 100;
const BODY_MEMBERS_LIMIT = 600;
const measureRow = {
  select: {
    id: true, slug: true, identifier: true, title: true, type: true, stage: true, outcome: true, lastActionDate: true,
  },
} as const;

/** The body page: its place among bodies, current members, measures from it and measures addressed to it. */
export async function getBodyBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  cacheTag(tags.bodySlug(slug));
  const body = await db.body.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, shortName: true, classification: true, url: true,
      jurisdiction: { select: { name: true, slug: true } },
      parent: { select: { id: true, slug: true, name: true } },
      children: { orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, classification: true } },
      memberships: {
        orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { person: { familyName: 'asc' } }, { person: { name: 'asc' } }],
        take: BODY_MEMBERS_LIMIT,
        select: {
          id: true, role: true, district: true, state: true, party: true, startDate: true, endDate: true,
          session: { select: { name: true } },
          person: { select: { id: true, slug: true, name: true } },
        },
      },
      citations: citationSelect,
    },
  });
  if (!body) return null;
  const [originMeasures, originCount, targets] = await Promise.all([
    db.measure.findMany({
      where: { originBodyId: body.id },
      orderBy: [{ lastActionDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: BODY_MEASURES_LIMIT,
      ...measureRow,
    }),
    db.measure.count({ where: { originBodyId: body.id } }),
    db.measureTarget.findMany({
      where: { bodyId: body.id },
      orderBy: [{ measure: { lastActionDate: { sort: 'desc', nulls: 'last' } } }, { id: 'desc' }],
      take: BODY_MEASURES_LIMIT,
      select: { id: true, verb: true, roleAsWritten: true, quote: true, measure: measureRow },
    }),
  ]);
  cacheTag(
    // New measures from this body must appear here too: the list tag, always.
    ...pageTags([tags.body(body.id), tags.measureList], {
      measures: [...originMeasures.map((m) => m.id), ...targets.map((t) => t.measure.id)],
      people: body.memberships.map((m) => m.person.id),
    }),
  );
  return { ...body, originMeasures, originCount, targets };
}

export type BodyPageData = NonNullable<Awaited<ReturnType<typeof getBodyBySlug>>>;

export async function getBodySlugs(limit = 50) {
  const rows = await db.body.findMany({ orderBy: { id: 'asc' }, take: limit, select: { slug: true } });
  return rows.map((row) => row.slug);
}
