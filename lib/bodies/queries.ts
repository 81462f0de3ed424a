import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { isSlug } from '@/lib/cache/cached-args';
import { db } from '@/lib/db';
import { latestMeasures } from '@/lib/measures/missing-last';
import { pageTags, tags } from '@/lib/cache/tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { citationSelect } from '@/lib/sources/select';

/**
 * What the body page shows of each list: the most recent measures from it and addressed to it, each with its total
 * and a link to the measures list filtered by body or addressee. Members: all current ones in name order when there
 * are at most BODY_MEMBERS_SHOWN (a council, a committee); for a chamber, its make-up by party and its officers (the
 * members whose role is not the usual one: a Speaker, a Chair), with a link to everyone (/bodies/<slug>/members).
 * Every row goes out twice, in HTML and again in React's payload: with the first 50 members by name and 20 measures
 * each a chamber's page was 71 KB, and a cached page's throughput falls with its size (npm run bench: 0.7x the
 * static page, against 0.8x wanted). Thirty names chosen by the alphabet told a reader less than the parties do.
 */
export const BODY_MEASURES_SHOWN = 10;
export const BODY_MEMBERS_SHOWN = 30;
/** At most this many officers of a chamber are named. */
export const BODY_OFFICERS_SHOWN = 12;

const measureRow = {
  select: {
    id: true,
    slug: true,
    identifier: true,
    title: true,
    type: true,
    stage: true,
    outcome: true,
    lastActionDate: true,
  },
} as const;

const memberSelect = {
  id: true,
  role: true,
  district: true,
  state: true,
  party: true,
  startDate: true,
  endDate: true,
  session: { select: { name: true } },
  person: { select: { id: true, slug: true, name: true } },
} as const;

const byName: Prisma.MembershipOrderByWithRelationInput[] = [
  { person: { familyName: 'asc' } },
  { person: { name: 'asc' } },
  { id: 'asc' },
];

/** A membership with no end date, or one still to come (computed at cache time: at most a day late). */
function currentMembership(bodyId: number): Prisma.MembershipWhereInput {
  return { bodyId, OR: [{ endDate: null }, { endDate: { gte: new Date() } }] };
}

/** The body page: its place among bodies, current members, measures from it and measures addressed to it. */
export async function getBodyBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  // Anything but a slug names nothing (a NUL byte would fail the query): not found, without a query.
  if (!isSlug(slug)) return null;
  cacheTag(tags.bodySlug(slug));
  const body = await db.body.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      classification: true,
      url: true,
      jurisdiction: { select: { name: true, slug: true } },
      parent: { select: { id: true, slug: true, name: true } },
      children: { orderBy: { name: 'asc' }, select: { id: true, slug: true, name: true, classification: true } },
      citations: citationSelect,
    },
  });
  if (!body) return null;
  const addressed: Prisma.MeasureWhereInput = { targets: { some: { bodyId: body.id } } };
  const [groups, allMemberCount, originMeasures, originCount, targets, targetCount] = await Promise.all([
    db.membership.groupBy({ by: ['party', 'role'], where: currentMembership(body.id), _count: { _all: true } }),
    db.membership.count({ where: { bodyId: body.id } }),
    latestMeasures({ originBodyId: body.id }, BODY_MEASURES_SHOWN, measureRow.select),
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
  const memberCount = groups.reduce((sum, group) => sum + group._count._all, 0);
  const listed = memberCount <= BODY_MEMBERS_SHOWN;
  // Officers: any role but the most common one (a body not listed has members, so it has one).
  const usualRole = () => tally(groups, (group) => group.role)[0]!.name!;
  const memberships = await db.membership.findMany({
    where: listed ? currentMembership(body.id) : { AND: [currentMembership(body.id), { role: { not: usualRole() } }] },
    orderBy: byName,
    take: listed ? BODY_MEMBERS_SHOWN : BODY_OFFICERS_SHOWN,
    select: memberSelect,
  });
  // By party, largest first ("no party recorded" last); only where the members are not all listed.
  const parties = listed ? [] : tally(groups, (group) => group.party);
  cacheTag(
    // New measures from or to this body must appear here too: the list tag, always.
    ...pageTags([tags.body(body.id), tags.measureList], {
      measures: [...originMeasures.map((m) => m.id), ...targets.map((t) => t.measure.id)],
      people: memberships.map((m) => m.person.id),
    }),
  );
  return {
    ...body,
    memberships,
    listed,
    parties,
    memberCount,
    allMemberCount,
    originMeasures,
    originCount,
    targets,
    targetCount,
  };
}

/** Counts summed by a key of the groups, largest first, null (not recorded) last. */
function tally<G extends { _count: { _all: number } }>(groups: G[], key: (group: G) => string | null) {
  const counts = new Map<string | null, number>();
  for (const group of groups) counts.set(key(group), (counts.get(key(group)) ?? 0) + group._count._all);
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort(
      (a, b) =>
        (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) ||
        b.count - a.count ||
        (a.name ?? '').localeCompare(b.name ?? ''),
    );
}

export type BodyPageData = NonNullable<Awaited<ReturnType<typeof getBodyBySlug>>>;

/** The body's members page: everyone who has held a seat, current members first, then by name. */
export async function getBodyMembersBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  // Anything but a slug names nothing (a NUL byte would fail the query): not found, without a query.
  if (!isSlug(slug)) return null;
  cacheTag(tags.bodySlug(slug));
  const body = await db.body.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      classification: true,
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
