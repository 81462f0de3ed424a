import { siteUrl } from '@/lib/site';
import type { BodyClassification } from '@/lib/generated/prisma/enums';
import type { BodyPageData, getBodyMembersBySlug } from './queries';

export const bodyClassificationLabels: Record<BodyClassification, string> = {
  legislature: 'Legislature',
  chamber: 'Chamber',
  committee: 'Committee',
  subcommittee: 'Subcommittee',
  executive: 'Executive',
  foreign_government: 'Foreign government',
  international: 'International body',
  organization: 'Organisation',
};

const governmental: BodyClassification[] = [
  'legislature',
  'chamber',
  'committee',
  'subcommittee',
  'executive',
  'foreign_government',
];

/**
 * schema.org GovernmentOrganization (or Organization for the others) for a body page. Its members are listed in the
 * members page's (bodyMembersJsonLd), not here: the page shows only the first of them, and the list sent twice (in the
 * HTML and again in React's payload) was a seventh of the busiest chamber's page.
 */
export function bodyJsonLd(body: BodyPageData): Record<string, unknown> {
  return {
    '@type': governmental.includes(body.classification) ? 'GovernmentOrganization' : 'Organization',
    name: body.name,
    alternateName: body.shortName ?? undefined,
    url: `${siteUrl()}/bodies/${body.slug}`,
    sameAs: body.url ?? undefined,
    parentOrganization: body.parent
      ? { '@type': 'Organization', name: body.parent.name, url: `${siteUrl()}/bodies/${body.parent.slug}` }
      : undefined,
    areaServed: body.jurisdiction?.name,
  };
}

type BodyMembersData = NonNullable<Awaited<ReturnType<typeof getBodyMembersBySlug>>>;

/** The members page: the organisation with everyone who has held a seat in it. */
export function bodyMembersJsonLd(body: BodyMembersData): Record<string, unknown> {
  return {
    '@type': governmental.includes(body.classification) ? 'GovernmentOrganization' : 'Organization',
    name: body.name,
    url: `${siteUrl()}/bodies/${body.slug}`,
    member: body.memberships.map((m) => ({
      '@type': 'Person',
      name: m.person.name,
      url: `${siteUrl()}/people/${m.person.slug}`,
    })),
  };
}
