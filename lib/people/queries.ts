import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { isSlug } from '@/lib/cache/cached-args';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import type { SponsorshipKind } from '@/lib/generated/prisma/enums';
import { citationSelect } from '@/lib/sources/select';

/**
 * How many sponsored and how many cosponsored measures the person page shows: the most recent, with the totals and a
 * link to the complete list (/measures?sponsor=… and ?cosponsor=…). A prolific member's 600 rows, in HTML and again in
 * React's payload, made the page a fifth as fast as a static one.
 */
export const PERSON_MEASURES_SHOWN = 20;

const sponsorshipRow = {
  id: true,
  kind: true,
  isOriginal: true,
  sponsoredOn: true,
  withdrawnOn: true,
  measure: {
    select: {
      id: true,
      slug: true,
      identifier: true,
      title: true,
      type: true,
      stage: true,
      outcome: true,
      lastActionDate: true,
      originBody: { select: { name: true, slug: true } },
    },
  },
} as const;

/** The most recent measures a person sponsored (or cosponsored), newest last action first. */
function recentSponsorships(personId: number, kind: SponsorshipKind) {
  return db.sponsorship.findMany({
    where: { personId, kind },
    orderBy: [{ measure: { lastActionDate: { sort: 'desc', nulls: 'last' } } }, { id: 'desc' }],
    take: PERSON_MEASURES_SHOWN,
    select: sponsorshipRow,
  });
}

/** The person page: offices held, and the most recent sponsored and cosponsored measures with their status and totals. */
export async function getPersonBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  // Anything but a slug names nothing (a NUL byte would fail the query): not found, without a query.
  if (!isSlug(slug)) return null;
  cacheTag(tags.personSlug(slug));
  const person = await db.person.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      givenName: true,
      familyName: true,
      url: true,
      identifiers: { select: { scheme: true, value: true }, orderBy: { scheme: 'asc' } },
      memberships: {
        orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }],
        select: {
          id: true,
          role: true,
          district: true,
          state: true,
          party: true,
          startDate: true,
          endDate: true,
          session: { select: { name: true } },
          body: { select: { id: true, slug: true, name: true } },
        },
      },
      citations: citationSelect,
    },
  });
  if (!person) return null;
  const [sponsored, cosponsored, counts] = await Promise.all([
    recentSponsorships(person.id, 'primary'),
    recentSponsorships(person.id, 'cosponsor'),
    db.sponsorship.groupBy({ by: ['kind'], where: { personId: person.id }, _count: { _all: true } }),
  ]);
  const total = (kind: SponsorshipKind) => counts.find((c) => c.kind === kind)?._count._all ?? 0;
  const totals = { sponsored: total('primary'), cosponsored: total('cosponsor') };
  const partial = totals.sponsored > sponsored.length || totals.cosponsored > cosponsored.length;
  cacheTag(
    ...pageTags(
      // A change to a measure not shown can move it into the most recent (a new action): a partial page takes the list tag.
      partial ? [tags.person(person.id), tags.measureList] : [tags.person(person.id)],
      {
        measures: [...sponsored, ...cosponsored].map((s) => s.measure.id),
        bodies: person.memberships.map((m) => m.body.id),
      },
    ),
  );
  return { ...person, sponsored, cosponsored, totals };
}

export type PersonPageData = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

export async function getPersonSlugs(limit = 50) {
  const rows = await db.person.findMany({ orderBy: { id: 'asc' }, take: limit, select: { slug: true } });
  return rows.map((row) => row.slug);
}
