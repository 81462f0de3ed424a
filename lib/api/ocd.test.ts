// The OCD output against the Open States scrape schema of a bill (openstates-core openstates/scrape/schemas/bill.py,
// transcribed below): there every listed property is required (validictory's default), sources need one entry,
// and the classifications come from fixed lists (openstates/data/common.py).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createMeasure, createPerson } from '@/prisma/factories';

process.env.API_RATE_LIMIT = '1000000';
vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { call, newAjv } = await import('./test-support');

const db = getTestDb();

const str = { type: 'string' };
const nonEmpty = { type: 'string', minLength: 1 };
const nullableString = { type: ['string', 'null'] };
const fuzzy = { type: 'string', pattern: '^([0-9]{4}(-[0-9]{2}){0,2})?$' };
const object = (properties: Record<string, object>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});
const array = (items: object, extra: object = {}) => ({ type: 'array', items, ...extra });
const BILL_CLASSIFICATIONS = [
  'bill',
  'resolution',
  'concurrent resolution',
  'joint resolution',
  'ordinance',
  'motion',
  'memorial',
];
const RELATION_TYPES = ['companion', 'prior-session', 'replaced-by', 'replaces', 'related'];
const ACTION_CLASSIFICATIONS = [
  'filing',
  'introduction',
  'enrolled',
  'reading-1',
  'reading-2',
  'reading-3',
  'passage',
  'failure',
  'withdrawal',
  'substitution',
  'amendment-introduction',
  'amendment-passage',
  'amendment-withdrawal',
  'amendment-failure',
  'amendment-amendment',
  'amendment-deferral',
  'committee-passage',
  'committee-passage-favorable',
  'committee-passage-unfavorable',
  'committee-failure',
  'executive-receipt',
  'executive-signature',
  'executive-veto',
  'executive-veto-line-item',
  'became-law',
  'veto-override-passage',
  'veto-override-failure',
  'deferral',
  'receipt',
  'referral',
  'referral-committee',
];
const versionOrDocument = array(
  object({
    note: nonEmpty,
    date: fuzzy,
    classification: str,
    links: array(object({ media_type: str, url: { type: 'string', format: 'uri' } })),
  }),
);
const openStatesBill = object({
  legislative_session: nonEmpty,
  identifier: nonEmpty,
  title: nonEmpty,
  from_organization: nullableString,
  classification: array({ enum: BILL_CLASSIFICATIONS }),
  subject: array(nonEmpty),
  abstracts: array(object({ abstract: nonEmpty, note: str })),
  other_titles: array(object({ title: nonEmpty, note: str })),
  other_identifiers: array(object({ identifier: nonEmpty, note: str, scheme: str })),
  actions: array(
    object({
      organization: nullableString,
      date: fuzzy,
      description: nonEmpty,
      classification: array({ enum: ACTION_CLASSIFICATIONS }),
      related_entities: array(
        object({
          name: nonEmpty,
          entity_type: { enum: ['organization', 'person', ''] },
          person_id: nullableString,
          organization_id: nullableString,
        }),
      ),
    }),
  ),
  sponsorships: array(
    object({
      primary: { type: 'boolean' },
      classification: nonEmpty,
      name: nonEmpty,
      entity_type: { enum: ['organization', 'person', ''] },
      person_id: nullableString,
      organization_id: nullableString,
    }),
  ),
  related_bills: array(
    object({ identifier: nonEmpty, legislative_session: nonEmpty, relation_type: { enum: RELATION_TYPES } }),
  ),
  versions: versionOrDocument,
  documents: versionOrDocument,
  sources: array(object({ url: str, note: str }), { minItems: 1 }),
  extras: { type: 'object' },
});

let slug: string;
let personSlug: string;
let bodySlug: string;

beforeAll(async () => {
  const jurisdiction = await createJurisdiction(db, { name: 'Ocdland' });
  const chamber = await createBody(db, {
    name: 'Ocdland Senate',
    classification: 'chamber',
    jurisdictionId: jurisdiction.id,
  });
  const committee = await createBody(db, {
    name: 'Ocdland Parks Committee',
    classification: 'committee',
    parentId: chamber.id,
  });
  await db.externalIdentifier.create({
    data: {
      scheme: 'ocd-organization',
      value: 'ocd-organization/11111111-2222-4333-8444-555555555555',
      bodyId: chamber.id,
    },
  });
  const person = await createPerson(db, { name: 'Olive Ocd' });
  await db.membership.create({
    data: { personId: person.id, bodyId: chamber.id, role: 'Senator', party: 'Independent', district: '4' },
  });
  const other = await createMeasure(db, {
    identifier: 'S. 11',
    title: 'Prior parks resolution',
    originBodyId: chamber.id,
  });
  const measure = await createMeasure(db, {
    identifier: 'S. 12',
    title: 'Ocdland parks resolution',
    originBodyId: chamber.id,
    subjects: ['Parks'],
    actions: [
      { date: '2025-01-10', text: 'Introduced', classification: ['introduction'] },
      {
        date: '2025-01-12',
        text: 'Referred to the Parks Committee',
        classification: ['referral-committee', 'not-an-ocd-kind'],
        relatedBodyId: committee.id,
      },
    ],
    sponsors: [{ personId: person.id }],
  });
  await db.measure.update({
    where: { id: measure.id },
    data: { summary: 'Urges more parks.', textUrl: 'https://example.org/s12.html' },
  });
  await db.measureRelation.create({
    data: { type: 'prior_session', fromMeasureId: measure.id, toMeasureId: other.id },
  });
  slug = measure.slug;
  personSlug = person.slug;
  bodySlug = chamber.slug;
});

describe('Open Civic Data output', () => {
  it('a bill has every field the Open States bill schema requires, with its classifications', async () => {
    const response = await call('ocdBill', `/api/v1/ocd/bills/${slug}`, {}, { slug });
    expect(response.status).toBe(200);
    const bill = await response.json();
    const ajv = newAjv();
    const validate = ajv.compile(openStatesBill);
    expect(validate(bill), ajv.errorsText(validate.errors)).toBe(true);
    expect(bill.id).toMatch(/^ocd-bill\/[0-9a-f-]{36}$/);
    expect(bill.from_organization).toBe('ocd-organization/11111111-2222-4333-8444-555555555555');
    expect(bill.actions.map((a: { classification: string[] }) => a.classification)).toEqual([
      ['introduction'],
      ['referral-committee'],
    ]);
    expect(bill.related_bills).toEqual([
      { identifier: 'S. 11', legislative_session: 'unknown', relation_type: 'prior-session' },
    ]);
    expect(bill.abstracts).toEqual([{ abstract: 'Urges more parks.', note: 'summary' }]);
    // Stable: the same id on every request.
    expect((await (await call('ocdBill', `/api/v1/ocd/bills/${slug}`, {}, { slug })).json()).id).toBe(bill.id);
  });

  it('people and organizations carry their OCD ids, roles and classifications', async () => {
    const person = await (await call('ocdPerson', `/api/v1/ocd/people/${personSlug}`, {}, { slug: personSlug })).json();
    expect(person.id).toMatch(/^ocd-person\//);
    expect(person.roles[0]).toMatchObject({
      role: 'Senator',
      district: '4',
      organization_id: 'ocd-organization/11111111-2222-4333-8444-555555555555',
    });
    expect(person.party).toEqual([{ name: 'Independent', start_date: '', end_date: '' }]);
    const org = await (
      await call('ocdOrganization', `/api/v1/ocd/organizations/${bodySlug}`, {}, { slug: bodySlug })
    ).json();
    expect(org).toMatchObject({ name: 'Ocdland Senate', classification: 'upper' });
    expect(org.sources.length).toBeGreaterThan(0);
  });

  it('an unknown slug is a 404 problem', async () => {
    const response = await call('ocdBill', '/api/v1/ocd/bills/nope', {}, { slug: 'nope' });
    expect(response.status).toBe(404);
  });
});
