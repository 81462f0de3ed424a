import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
import { pageTags, tags } from '@/lib/cache/tags';
import { citationSelect } from '@/lib/sources/select';

/** The person page: offices held and every measure sponsored or cosponsored, with its status. */
export async function getPersonBySlug(slug: string) {
  'use cache';
  cacheLife('days');
  cacheTag(tags.personSlug(slug));
  const person = await db.person.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, name: true, givenName: true, familyName: true, url: true,
      identifiers: { select: { scheme: true, value: true }, orderBy: { scheme: 'asc' } },
      memberships: {
        orderBy: [{ endDate: { sort: 'desc', nulls: 'first' } }, { startDate: 'desc' }],
        select: {
          id: true, role: true, district: true, state: true, party: true, startDate: true, endDate: true,
          session: { select: { name: true } },
          body: { select: { id: true, slug: true, name: true } },
        },
      },
      sponsorships: {
        orderBy: [{ measure: { lastActionDate: { sort: 'desc', nulls: 'last' } } }, { id: 'desc' }],
        select: {
          id: true, kind: true, isOriginal: true, sponsoredOn: true, withdrawnOn: true,
          measure: {
            select: {
              id: true, slug: true, identifier: true, title: true, type: true, stage: true, outcome: true, lastActionDate: true,
              originBody: { select: { name: true, slug: true } },
            },
          },
        },
      },
      citations: citationSelect,
    },
  });
  if (!person) return null;
  cacheTag(...pageTags([tags.person(person.id)], { measures: person.sponsorships.map((s) => s.measure.id), bodies: person.memberships.map((m) => m.body.id) }));
  return person;
}

export type PersonPageData = NonNullable<Awaited<ReturnType<typeof getPersonBySlug>>>;

export async function getPersonSlugs(limit = 50) {
  const rows = await db.person.findMany({ orderBy: { id: 'asc' }, take: limit, select: { slug: true } });
  return rows.map((row) => row.slug);
}
