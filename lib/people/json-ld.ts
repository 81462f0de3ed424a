import { siteUrl } from '@/lib/site';
import type { PersonPageData } from './queries';

/** schema.org Person, with the offices held as roles in organisations. */
export function personJsonLd(person: PersonPageData): Record<string, unknown> {
  return {
    '@type': 'Person',
    name: person.name,
    givenName: person.givenName ?? undefined,
    familyName: person.familyName ?? undefined,
    url: `${siteUrl()}/people/${person.slug}`,
    identifier: person.identifiers.map((id) => ({ '@type': 'PropertyValue', propertyID: id.scheme, value: id.value })),
    memberOf: person.memberships.map((m) => ({
      '@type': 'Role',
      roleName: m.role,
      startDate: m.startDate?.toISOString().slice(0, 10),
      endDate: m.endDate?.toISOString().slice(0, 10),
      memberOf: { '@type': 'GovernmentOrganization', name: m.body.name, url: `${siteUrl()}/bodies/${m.body.slug}` },
    })),
  };
}
