import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { citationSelect } from '@/lib/sources/select';

/**
 * What the body page shows of each list: the most recent measures from it and addressed to it, and its current members
 * in name order, each with its total and a link to the complete list (the measures list filtered by body or addressee,
 * /bodies/<slug>/members). A chamber's every row, in HTML and again in React's payload, made the page slow.
 */
export const BODY_MEASURES_SHOWN = 20;
export const BODY_MEMBERS_SHOWN = 50;

const measureRow = {
  select: {
    id: true, slug: true, identifier: true, title: true, type: true, stage: true, outcome: true, lastActionDate: true,
  },
} as const;

const memberSelect = {
  id: true, role: true, district: true, state: true, party: true, startDate: true, endDate: true,
  session: { select: { name: true } },
  person: { select: { id: true, slug: true, name: true } },
} as const;

const byName: Prisma.MembershipOrderByWithRelationInput[] = [{ person: { familyName: 'asc' } }, { person: { name: 'asc' } }, { id: 'asc' }];

/** A membership with no end date, or one still to come (computed at cache time: at most a day late). */
function currentMembership(bodyId: number): Prisma.MembershipWhereInput {
  return { bodyId, OR: [{ endDate: null }, { endDate: { gte: new Date() } }] };
}

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
      citations: citationSelect,
    },
  });
  if (!body) return null;
  const addressed: Prisma.MeasureWhereInput = { targets: { some: { bodyId: body.id } } };
  const [memberships, memberCount, allMemberCount, originMeasures, originCount, targets, targetCount] = await Promise.all([
    db.membership.findMany({ where: currentMembership(body.id), orderBy: byName, take: BODY_MEMBERS_SHOWN, select: memberSelect }),
    db.membership.count({ where: currentMembership(body.id) }),
    db.membership.count({ where: { bodyId: body.id } }),
    db.measure.findMany({
      where: { originBodyId: body.id },
      orderBy: [{ lastActionDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
      take: BODY_MEASURES_SHOWN,
      ...measureRow,
    }),
    db.measure.count({ where: { originBodyId: body.id } }),
    db.measureTarget.findMany({
      where: { bodyId: body.id },
      orderBy: [{ measure: { lastActionDate: { sort: 'desc', nulls: 'last' } } }, { id: 'desc' }],
      take: BODY_MEASURES_SHOWN,
      select: { id: true, verb: true, roleAsWritten: true, quote: true, measure: measureRow },
    }),
    // Measures, not clauses: the count the addressee filter of the measures list finds.
    db.measure.count({ where: addressed }),
  ]);
  cacheTag(
    // New measures from or to this body must appear here too: the list tag, always.
    ...pageTags([tags.body(body.id), tags.measureList], {
      measures: [...originMeasures.map((m) => m.id), ...targets.map((t) => t.measure.id)],
      people: memberships.map((m) => m.person.id),
    }),
  );
  return { ...body, memberships, memberCount, allMemberCount, originMeasures, originCount, targets, targetCount };
}

export type BodyPageData = NonNullable<Awaited<ReturnType<typeof getBodyBySlug>>>;

/** The body's members page: everyone who has held a seat, current members first, then by name. */
export async function getBodyMembersBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  cacheTag(tags.bodySlug(slug));
  const body = await db.body.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, classification: true,
      memberships: { orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, ...byName], select: memberSelect },
    },
  });
  if (!body) return null;
  cacheTag(...pageTags([tags.body(body.id)], { people: body.memberships.map((m) => m.person.id) }));
  return body;
}

export async function getBodySlugs(limit = 50) {
  const rows = await db.body.findMany({ orderBy: { id: 'asc' }, take: limit, select: { slug: true } });
  return rows.map((row) => row.slug);
}
