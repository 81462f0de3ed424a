import { isSuccess } from '@/lib/status';
import { measureName } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import type { MeasurePageData } from './queries';

/** schema.org Legislation for a measure page. */
export function measureJsonLd(measure: MeasurePageData): Record<string, unknown> {
  const primary = measure.sponsorships.find((s) => s.kind === 'primary');
  return {
    '@type': 'Legislation',
    name: measure.title,
    alternateName: measure.identifier ?? undefined,
    legislationIdentifier: measure.identifier ?? undefined,
    url: `${siteUrl()}/measures/${measure.slug}`,
    description: measure.summary ?? undefined,
    legislationType: measure.type,
    legislationJurisdiction: measure.jurisdiction.name,
    legislationPassedBy: isSuccess(measure.outcome)
      ? { '@type': 'GovernmentOrganization', name: measure.originBody.name }
      : undefined,
    legislationDate: measure.stageDate?.toISOString().slice(0, 10),
    author: primary?.person
      ? { '@type': 'Person', name: primary.person.name, url: `${siteUrl()}/people/${primary.person.slug}` }
      : undefined,
    keywords: measure.subjects.length > 0 ? measure.subjects.join(', ') : undefined,
    isBasedOn: measure.textUrl ?? undefined,
    headline: measureName(measure),
  };
}
