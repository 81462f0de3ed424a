// Open Civic Data output (/api/v1/ocd/...): measures as OCD bills, people and bodies as OCD people and
// organizations, in the shapes of the Open States scrape schemas (openstates-core openstates/scrape/schemas/bill.py,
// person.py, organization.py), so tools built for Open States data can read ours. Ids are the record's own
// ocd-person / ocd-organization identifier when an import gave one, else a stable UUID derived from our id.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { BodyClassification, DatePrecision, MeasureType, RelationType } from '@/lib/generated/prisma/enums';
import { siteUrl } from '@/lib/site';
import { OCD_ACTION_CLASSIFICATIONS } from '@/lib/status/classifications';
import { problem } from './http';

/** A UUID derived from a name (the layout of a version 5 UUID, over SHA-1), stable across dumps and instances. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`resolution-tracker:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The classifications an OCD bill's action may carry: OCD's own list, without the project's local tags. */
const BILL_ACTION_CLASSIFICATIONS = new Set<string>(OCD_ACTION_CLASSIFICATIONS);

const billClassification: Record<MeasureType, string> = {
  resolution: 'resolution',
  concurrent_resolution: 'concurrent resolution',
  joint_resolution: 'joint resolution',
  bill: 'bill',
  motion: 'motion',
  ordinance: 'ordinance',
};

const relationType: Record<RelationType, string> = {
  companion: 'companion',
  identical: 'companion',
  prior_session: 'prior-session',
  supersedes: 'replaces',
  similar: 'related',
  endorses: 'related',
  opposes: 'related',
  responds_to: 'related',
};

function organizationClassification(classification: BodyClassification, name: string): string | null {
  switch (classification) {
    case 'legislature':
      return 'legislature';
    case 'chamber':
      return /senate|upper|lords/i.test(name) ? 'upper' : 'lower';
    case 'committee':
    case 'subcommittee':
      return 'committee';
    case 'executive':
      return 'executive';
    case 'foreign_government':
    case 'international':
      return 'government';
    default:
      return null;
  }
}

/** OCD's fuzzy dates: as precise as we know them. */
function fuzzyDate(date: Date, precision: DatePrecision): string {
  const iso = date.toISOString();
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 10);
}

const fromIdentifiers = (identifiers: { scheme: string; value: string }[], scheme: string) =>
  identifiers.find((identifier) => identifier.scheme === scheme)?.value;

export const organizationOcdId = (body: { id: number; identifiers?: { scheme: string; value: string }[] }) =>
  fromIdentifiers(body.identifiers ?? [], 'ocd-organization') ?? `ocd-organization/${stableUuid(`body:${body.id}`)}`;
export const personOcdId = (person: { id: number; identifiers?: { scheme: string; value: string }[] }) =>
  fromIdentifiers(person.identifiers ?? [], 'ocd-person') ?? `ocd-person/${stableUuid(`person:${person.id}`)}`;
export const billOcdId = (measure: { id: number }) => `ocd-bill/${stableUuid(`measure:${measure.id}`)}`;

const ocdSources = z.array(z.object({ url: z.string(), note: z.string() })).min(1);
const fuzzy = z.string().regex(/^([0-9]{4}(-[0-9]{2}){0,2})?$/);
const identifierList = z.array(z.object({ identifier: z.string().min(1), scheme: z.string() }));

export const ocdBillSchema = z
  .object({
    id: z.string(),
    jurisdiction: z.object({ id: z.string().nullable(), name: z.string() }),
    legislative_session: z.string().min(1),
    identifier: z.string().min(1),
    title: z.string().min(1),
    from_organization: z.string().nullable(),
    classification: z.array(z.string()),
    subject: z.array(z.string().min(1)),
    abstracts: z.array(z.object({ abstract: z.string().min(1), note: z.string() })),
    other_titles: z.array(z.object({ title: z.string().min(1), note: z.string() })),
    other_identifiers: z.array(z.object({ identifier: z.string().min(1), note: z.string(), scheme: z.string() })),
    actions: z.array(
      z.object({
        organization: z.string().nullable(),
        date: fuzzy,
        description: z.string().min(1),
        classification: z.array(z.string()),
        related_entities: z.array(
          z.object({
            name: z.string().min(1),
            entity_type: z.enum(['organization', 'person', '']),
            person_id: z.string().nullable(),
            organization_id: z.string().nullable(),
          }),
        ),
      }),
    ),
    sponsorships: z.array(
      z.object({
        primary: z.boolean(),
        classification: z.string().min(1),
        name: z.string().min(1),
        entity_type: z.enum(['organization', 'person', '']),
        person_id: z.string().nullable(),
        organization_id: z.string().nullable(),
      }),
    ),
    related_bills: z.array(
      z.object({ identifier: z.string().min(1), legislative_session: z.string().min(1), relation_type: z.string() }),
    ),
    versions: z.array(
      z.object({
        note: z.string().min(1),
        date: fuzzy,
        classification: z.string(),
        links: z.array(z.object({ media_type: z.string(), url: z.string() })),
      }),
    ),
    documents: z.array(
      z.object({
        note: z.string().min(1),
        date: fuzzy,
        classification: z.string(),
        links: z.array(z.object({ media_type: z.string(), url: z.string() })),
      }),
    ),
    citations: z.array(z.object({ publication: z.string(), citation: z.string(), citation_type: z.string() })),
    sources: ocdSources,
    extras: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'OcdBill', description: 'An Open Civic Data bill (Open States scrape schema).' });

export const ocdPersonSchema = z
  .object({
    id: z.string(),
    name: z.string().min(1),
    other_names: z.array(z.object({ name: z.string().min(1), note: z.string() })),
    identifiers: identifierList,
    family_name: z.string(),
    given_name: z.string(),
    gender: z.string(),
    birth_date: z.string(),
    death_date: z.string(),
    image: z.string(),
    summary: z.string(),
    biography: z.string(),
    party: z.array(z.object({ name: z.string(), start_date: fuzzy, end_date: fuzzy })),
    roles: z.array(
      z.object({
        organization_id: z.string(),
        organization_name: z.string(),
        role: z.string(),
        district: z.string(),
        start_date: fuzzy,
        end_date: fuzzy,
      }),
    ),
    contact_details: z.array(z.object({ type: z.string(), value: z.string(), note: z.string() })),
    links: z.array(z.object({ url: z.string(), note: z.string() })),
    sources: ocdSources,
    extras: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'OcdPerson', description: 'An Open Civic Data person (Open States scrape schema).' });

export const ocdOrganizationSchema = z
  .object({
    id: z.string(),
    name: z.string().min(1),
    other_names: z.array(z.object({ name: z.string().min(1), note: z.string() })),
    identifiers: identifierList,
    classification: z.string().nullable(),
    parent_id: z.string().nullable(),
    jurisdiction_id: z.string().nullable(),
    division_id: z.string().nullable(),
    contact_details: z.array(z.object({ type: z.string(), value: z.string(), note: z.string() })),
    links: z.array(z.object({ url: z.string(), note: z.string() })),
    sources: ocdSources,
    extras: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'OcdOrganization', description: 'An Open Civic Data organization (Open States scrape schema).' });

const ownSource = (path: string) => ({ url: `${siteUrl()}${path}`, note: 'Resolution Tracker' });
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '');
const identifierSelect = { select: { scheme: true, value: true } } as const;
const bodyRef = { select: { id: true, name: true, identifiers: identifierSelect } } as const;

export async function ocdBill(slug: string): Promise<z.infer<typeof ocdBillSchema> | Response> {
  const m = await db.measure.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      identifier: true,
      normalizedIdentifier: true,
      type: true,
      title: true,
      summary: true,
      textUrl: true,
      subjects: true,
      introducedOn: true,
      stage: true,
      outcome: true,
      lawType: true,
      lawNumber: true,
      updatedAt: true,
      jurisdiction: { select: { name: true, ocdId: true } },
      originBody: bodyRef,
      session: { select: { identifier: true } },
      actions: {
        orderBy: { position: 'asc' },
        select: { date: true, datePrecision: true, text: true, classification: true, actingBody: bodyRef },
      },
      sponsorships: {
        orderBy: [{ kind: 'asc' }, { position: 'asc' }],
        select: {
          kind: true,
          nameAsGiven: true,
          person: { select: { id: true, name: true, identifiers: identifierSelect } },
          body: bodyRef,
        },
      },
      relationsFrom: {
        orderBy: { id: 'asc' },
        select: {
          type: true,
          targetIdentifier: true,
          toMeasure: {
            select: { identifier: true, slug: true, introducedOn: true, session: { select: { identifier: true } } },
          },
        },
      },
      citations: {
        orderBy: { id: 'asc' },
        select: { source: { select: { url: true, title: true, kind: true, publishedOn: true } } },
      },
    },
  });
  if (!m) return problem(404, `No measure has the slug "${slug}".`);
  const session = (measure: { session: { identifier: string } | null; introducedOn: Date | null }) =>
    measure.session?.identifier ?? (measure.introducedOn ? String(measure.introducedOn.getUTCFullYear()) : 'unknown');
  const withUrl = m.citations.filter((c) => c.source.url);
  return {
    id: billOcdId(m),
    jurisdiction: { id: m.jurisdiction.ocdId, name: m.jurisdiction.name },
    legislative_session: session(m),
    identifier: m.identifier || m.slug,
    title: m.title,
    from_organization: organizationOcdId(m.originBody),
    classification: [billClassification[m.type]],
    subject: m.subjects.filter(Boolean),
    abstracts: m.summary ? [{ abstract: m.summary, note: 'summary' }] : [],
    other_titles: [],
    other_identifiers: m.normalizedIdentifier
      ? [{ identifier: m.normalizedIdentifier, note: 'normalized', scheme: 'resolution-tracker' }]
      : [],
    actions: m.actions
      .filter((a) => a.text.trim())
      .map((a) => ({
        organization: a.actingBody ? organizationOcdId(a.actingBody) : null,
        date: fuzzyDate(a.date, a.datePrecision),
        description: a.text,
        classification: a.classification.filter((c) => BILL_ACTION_CLASSIFICATIONS.has(c)),
        related_entities: [],
      })),
    sponsorships: m.sponsorships
      .filter((s) => (s.person?.name ?? s.body?.name ?? s.nameAsGiven).trim())
      .map((s) => ({
        primary: s.kind === 'primary',
        classification: s.kind === 'primary' ? 'primary' : 'cosponsor',
        name: s.person?.name ?? s.body?.name ?? s.nameAsGiven,
        entity_type: s.person ? ('person' as const) : s.body ? ('organization' as const) : ('' as const),
        person_id: s.person ? personOcdId(s.person) : null,
        organization_id: s.body ? organizationOcdId(s.body) : null,
      })),
    related_bills: m.relationsFrom.flatMap((r) => {
      const identifier = r.toMeasure?.identifier || r.toMeasure?.slug || r.targetIdentifier;
      if (!identifier) return [];
      return [
        {
          identifier,
          legislative_session: r.toMeasure ? session(r.toMeasure) : 'unknown',
          relation_type: relationType[r.type],
        },
      ];
    }),
    versions: m.textUrl
      ? [{ note: 'Text', date: '', classification: '', links: [{ media_type: 'text/html', url: m.textUrl }] }]
      : [],
    documents: withUrl
      .filter((c) => c.source.kind === 'report' || c.source.kind === 'official_text')
      .map((c) => ({
        note: c.source.title || 'Document',
        date: day(c.source.publishedOn),
        classification: '',
        links: [{ media_type: '', url: c.source.url! }],
      })),
    citations: [],
    sources: [ownSource(`/measures/${m.slug}`), ...withUrl.map((c) => ({ url: c.source.url!, note: c.source.title }))],
    extras: {
      resolution_tracker: {
        slug: m.slug,
        stage: m.stage,
        outcome: m.outcome,
        law: m.lawNumber ? `${m.lawType ?? 'Law'} ${m.lawNumber}` : null,
        updated_at: m.updatedAt.toISOString(),
      },
    },
  };
}

export async function ocdPerson(slug: string): Promise<z.infer<typeof ocdPersonSchema> | Response> {
  const p = await db.person.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      givenName: true,
      familyName: true,
      url: true,
      identifiers: { select: { scheme: true, value: true }, orderBy: [{ scheme: 'asc' }, { value: 'asc' }] },
      memberships: {
        orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
        select: { role: true, district: true, party: true, startDate: true, endDate: true, body: bodyRef },
      },
    },
  });
  if (!p) return problem(404, `No person has the slug "${slug}".`);
  const parties = new Map<string, { name: string; start_date: string; end_date: string }>();
  for (const m of p.memberships)
    if (m.party && !parties.has(m.party)) parties.set(m.party, { name: m.party, start_date: '', end_date: '' });
  return {
    id: personOcdId(p),
    name: p.name,
    other_names: [],
    identifiers: p.identifiers.map((i) => ({ identifier: i.value, scheme: i.scheme })),
    family_name: p.familyName ?? '',
    given_name: p.givenName ?? '',
    gender: '',
    birth_date: '',
    death_date: '',
    image: '',
    summary: '',
    biography: '',
    party: [...parties.values()],
    roles: p.memberships.map((m) => ({
      organization_id: organizationOcdId(m.body),
      organization_name: m.body.name,
      role: m.role,
      district: m.district ?? '',
      start_date: day(m.startDate),
      end_date: day(m.endDate),
    })),
    contact_details: [],
    links: p.url ? [{ url: p.url, note: 'homepage' }] : [],
    sources: [ownSource(`/people/${p.slug}`)],
    extras: { resolution_tracker: { slug: p.slug } },
  };
}

export async function ocdOrganization(slug: string): Promise<z.infer<typeof ocdOrganizationSchema> | Response> {
  const b = await db.body.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      classification: true,
      url: true,
      identifiers: { select: { scheme: true, value: true }, orderBy: [{ scheme: 'asc' }, { value: 'asc' }] },
      parent: bodyRef,
      jurisdiction: { select: { ocdId: true } },
    },
  });
  if (!b) return problem(404, `No body has the slug "${slug}".`);
  return {
    id: organizationOcdId(b),
    name: b.name,
    other_names: b.shortName ? [{ name: b.shortName, note: 'short name' }] : [],
    identifiers: b.identifiers.map((i) => ({ identifier: i.value, scheme: i.scheme })),
    classification: organizationClassification(b.classification, b.name),
    parent_id: b.parent ? organizationOcdId(b.parent) : null,
    jurisdiction_id: b.jurisdiction?.ocdId ?? null,
    division_id: null,
    contact_details: [],
    links: b.url ? [{ url: b.url, note: 'homepage' }] : [],
    sources: [ownSource(`/bodies/${b.slug}`)],
    extras: { resolution_tracker: { slug: b.slug, classification: b.classification } },
  };
}
