// The public API against a real test database: every endpoint's answers validate against the generated OpenAPI
// document (ajv), random query parameters never make a list answer anything but 200 or a 400 problem, pagination
// walks every row once, validators answer 304, and private data seeded with a marker never appears in any answer.
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createMeasure, createPerson } from '@/prisma/factories';

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

// Limits far above what these tests send: the limits have their own suite (lib/api/keys.test.ts).
process.env.API_RATE_LIMIT = '1000000';

const { endpoints } = await import('./endpoints');
const { call, contractValidator } = await import('./test-support');

const db = getTestDb();
const MARKER = 'PRIVATE-7f3c-MARKER';
let f: Awaited<ReturnType<typeof fixture>>;
const validate = contractValidator();

async function fixture() {
  const jurisdiction = await createJurisdiction(db, { name: 'Apiland' });
  const council = await createBody(db, { name: 'Apiland Council', jurisdictionId: jurisdiction.id });
  const ministry = await createBody(db, { name: 'Apiland Ministry', classification: 'executive' });
  const sponsor = await createPerson(db, { name: 'Ada Apisponsor' });
  const cosponsor = await createPerson(db, { name: 'Cy Apicosponsor' });
  const measures = [];
  for (let i = 0; i < 7; i++) {
    const m = await createMeasure(db, {
      title: `Apiland resolution on parks ${i}`,
      identifier: `Res. ${900 + i}`,
      originBodyId: council.id,
      subjects: ['Parks'],
      actions: [{ date: `2025-03-0${1 + (i % 5)}`, text: `Introduced ${i}`, classification: ['introduction'] }],
      sponsors: [{ personId: sponsor.id }, { personId: cosponsor.id, kind: 'cosponsor' }],
    });
    measures.push(m);
  }
  await db.measureTarget.create({ data: { measureId: measures[0]!.id, bodyId: ministry.id, verb: 'urges' } });
  await db.measureRelation.create({
    data: { type: 'companion', fromMeasureId: measures[0]!.id, toMeasureId: measures[1]!.id, addedByLabel: 'seed' },
  });
  const source = await db.source.create({
    data: { title: 'Council minutes', kind: 'official_record', url: 'https://example.org/m' },
  });
  await db.sourceCitation.create({ data: { sourceId: source.id, measureId: measures[0]!.id } });
  const campaign = await db.campaign.create({
    data: {
      slug: 'apiland-parks',
      name: 'Apiland parks',
      measures: {
        create: [
          { measureId: measures[0]!.id, role: 'LEAD' },
          { measureId: measures[1]!.id, role: 'ENDORSEMENT' },
          { measureId: measures[2]!.id, role: 'ENDORSEMENT', status: 'PROPOSED' },
        ],
      },
    },
  });
  // Private rows, each carrying the marker: none may reach any answer.
  const user = await db.user.create({
    data: { email: `${MARKER.toLowerCase()}@example.org`, name: `Member ${MARKER}` },
  });
  await db.position.create({
    data: { measureId: measures[0]!.id, stance: 'support', note: `note ${MARKER}`, authorId: user.id },
  });
  await db.savedSearch.create({ data: { userId: user.id, name: `search ${MARKER}`, query: `q=${MARKER}` } });
  await db.follow.create({ data: { userId: user.id, measureId: measures[0]!.id } });
  return { jurisdiction, council, ministry, sponsor, cosponsor, measures, user, campaign };
}

beforeAll(async () => {
  f = await fixture();
});

/** One request to each endpoint, with the parameters that reach its data. */
const everyEndpoint = () =>
  [
    ['measures', `/api/v1/measures?body=${f.council.slug}`, {}],
    ['measures', `/api/v1/measures?sponsor=${f.sponsor.slug}&sort=updatedAt&limit=3`, {}],
    ['measure', `/api/v1/measures/${f.measures[0]!.slug}`, { slug: f.measures[0]!.slug }],
    ['measure', `/api/v1/measures/${f.measures[1]!.slug}`, { slug: f.measures[1]!.slug }],
    ['people', '/api/v1/people', {}],
    ['person', `/api/v1/people/${f.sponsor.slug}`, { slug: f.sponsor.slug }],
    ['bodies', '/api/v1/bodies?limit=200', {}],
    ['body', `/api/v1/bodies/${f.council.slug}`, { slug: f.council.slug }],
    ['jurisdictions', '/api/v1/jurisdictions', {}],
    ['actions', '/api/v1/actions?since=2000-01-01T00:00:00Z', {}],
    ['search', '/api/v1/search?q=parks', {}],
    ['search', '/api/v1/search?q=Res.%20900', {}],
    ['campaigns', '/api/v1/campaigns', {}],
    ['campaign', `/api/v1/campaigns/${f.campaign.slug}`, { slug: f.campaign.slug }],
    ['measures', `/api/v1/measures?campaign=${f.campaign.slug}`, {}],
    ['ocdBill', `/api/v1/ocd/bills/${f.measures[0]!.slug}`, { slug: f.measures[0]!.slug }],
    ['ocdPerson', `/api/v1/ocd/people/${f.sponsor.slug}`, { slug: f.sponsor.slug }],
    ['ocdOrganization', `/api/v1/ocd/organizations/${f.council.slug}`, { slug: f.council.slug }],
  ] as const;

describe('contract: answers validate against the OpenAPI document', () => {
  it('every endpoint answers 200 with a body of its documented schema', async () => {
    for (const [name, path, params] of everyEndpoint()) {
      const response = await call(name, path, {}, params);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await response.json();
      expect(validate(endpoints[name].path, 200, body), path).toBeNull();
    }
  });

  it('the validator rejects a body that breaks the schema', () => {
    expect(validate('/measures', 200, { data: 'rows' })).not.toBeNull();
    // A record with only some properties is a fields= answer; one whose property is wrong, or without its id, is not.
    expect(validate('/measures/{slug}', 200, { id: 1, slug: 'x', stage: 'nonsense' })).not.toBeNull();
    expect(validate('/measures/{slug}', 200, { slug: 'x', title: 'T' })).not.toBeNull();
  });

  it('covers every endpoint of the registry', () => {
    const covered = new Set(everyEndpoint().map(([name]) => name));
    expect([...covered].sort()).toEqual(Object.keys(endpoints).sort());
  });

  it('errors are problem documents of the documented schema', async () => {
    const bad = await call('measures', '/api/v1/measures?stage=nonsense&limit=0&bogus=1');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await bad.json();
    expect(validate('/measures', 400, body, 'application/problem+json')).toBeNull();
    expect(body.errors.map((e: { parameter: string }) => e.parameter).sort()).toEqual(['(query)', 'limit', 'stage']);

    const missing = await call('measure', '/api/v1/measures/no-such-measure', {}, { slug: 'no-such-measure' });
    expect(missing.status).toBe(404);
    expect(validate('/measures/{slug}', 404, await missing.json(), 'application/problem+json')).toBeNull();

    const badCursor = await call('measures', '/api/v1/measures?cursor=bm9wZQ');
    expect(badCursor.status).toBe(400);
    expect((await badCursor.json()).errors[0].parameter).toBe('cursor');

    const repeated = await call('people', '/api/v1/people?limit=1&limit=2');
    expect(repeated.status).toBe(400);

    // PostgreSQL refuses a NUL in text, so it must be refused here, naming the parameter, not fail in the query.
    for (const name of ['measures', 'people', 'search'] as const) {
      const nul = await call(name, `/api/v1/${name}?q=a%00b`);
      expect(nul.status, name).toBe(400);
      expect((await nul.json()).errors, name).toEqual([
        { parameter: 'q', message: 'must not contain a NUL character (%00)' },
      ]);
    }
  });

  it('a measure carries its actions, sponsorships, addressees, relations and sources', async () => {
    const m = f.measures[0]!;
    const body = await (await call('measure', `/api/v1/measures/${m.slug}`, {}, { slug: m.slug })).json();
    expect(body.actions).toHaveLength(1);
    expect(body.sponsorships.map((s: { kind: string }) => s.kind)).toEqual(['primary', 'cosponsor']);
    expect(body.addressees[0]).toMatchObject({ verb: 'urges', body: { slug: f.ministry.slug } });
    expect(body.relations[0]).toMatchObject({
      type: 'companion',
      direction: 'from',
      measure: { slug: f.measures[1]!.slug },
    });
    expect(body.sources[0]).toMatchObject({ title: 'Council minutes', kind: 'official_record' });
  });
});

describe('lists', () => {
  it('cursor pagination walks every row once, in order', async () => {
    for (const sort of ['id', 'updatedAt']) {
      const seen: number[] = [];
      let path: string | null = `/api/v1/measures?body=${f.council.slug}&limit=2&sort=${sort}`;
      while (path) {
        const body = await (await call('measures', path)).json();
        seen.push(...body.data.map((m: { id: number }) => m.id));
        path = body.links.next;
      }
      expect(seen.sort((a, b) => a - b)).toEqual(f.measures.map((m) => m.id));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('filters as the list page: sponsor, cosponsor, addressee, subject, words, updated_since', async () => {
    const ids = async (query: string) =>
      (await (await call('measures', `/api/v1/measures?${query}`)).json()).data.map((m: { id: number }) => m.id);
    expect(await ids(`cosponsor=${f.cosponsor.slug}`)).toHaveLength(7);
    expect(await ids(`addressee=${f.ministry.slug}`)).toEqual([f.measures[0]!.id]);
    expect(await ids(`body=${f.council.slug}&subject=Parks`)).toHaveLength(7);
    expect(await ids(`body=${f.council.slug}&q=parks`)).toHaveLength(7);
    expect(await ids(`body=${f.council.slug}&updated_since=2999-01-01T00:00:00Z`)).toEqual([]);
  });

  it('a campaign lists its confirmed members with their roles, and measures?campaign= lists the same, not proposals', async () => {
    const one = await (
      await call('campaign', `/api/v1/campaigns/${f.campaign.slug}`, {}, { slug: f.campaign.slug })
    ).json();
    expect(one.members.map((m: { role: string; measure: { slug: string } }) => [m.role, m.measure.slug])).toEqual([
      ['LEAD', f.measures[0]!.slug],
      ['ENDORSEMENT', f.measures[1]!.slug],
    ]);
    expect(one.headline).toMatch(/endorsed/);
    const listed = await (await call('measures', `/api/v1/measures?campaign=${f.campaign.slug}`)).json();
    expect(listed.data.map((m: { id: number }) => m.id)).toEqual([f.measures[0]!.id, f.measures[1]!.id]);
    const missing = await call('campaign', '/api/v1/campaigns/no-such-campaign', {}, { slug: 'no-such-campaign' });
    expect(missing.status).toBe(404);
  });

  it('fields= keeps the named fields (and id, slug); an unknown field is a 400', async () => {
    const body = await (await call('measures', `/api/v1/measures?body=${f.council.slug}&fields=title`)).json();
    expect(Object.keys(body.data[0]).sort()).toEqual(['id', 'slug', 'title']);
    const bad = await call('measures', '/api/v1/measures?fields=title,password');
    expect(bad.status).toBe(400);
  });

  it('answers with fields= that the OpenAPI document describes (a list’s items and one record)', async () => {
    const measures = await (await call('measures', `/api/v1/measures?body=${f.council.slug}&fields=title`)).json();
    expect(validate(endpoints.measures.path, 200, measures)).toBeNull();
    const bodies = await (await call('bodies', '/api/v1/bodies?fields=updatedAt')).json();
    expect(Object.keys(bodies.data[0]).sort()).toEqual(['id', 'slug', 'updatedAt']);
    expect(validate(endpoints.bodies.path, 200, bodies)).toBeNull();
    const slug = f.measures[0]!.slug;
    const one = await (await call('measure', `/api/v1/measures/${slug}?fields=stage`, {}, { slug })).json();
    expect(Object.keys(one).sort()).toEqual(['id', 'slug', 'stage']);
    expect(validate(endpoints.measure.path, 200, one)).toBeNull();
    // Still a contract: id and slug are required even then, and a full item must still be whole.
    expect(
      validate(endpoints.bodies.path, 200, { ...bodies, data: [{ updatedAt: bodies.data[0].updatedAt }] }),
    ).not.toBeNull();
  });

  it('answers 304 to a current ETag or Last-Modified, with CORS and caching headers', async () => {
    const slug = f.measures[2]!.slug;
    const first = await call('measure', `/api/v1/measures/${slug}`, {}, { slug });
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
    const again = await call('measure', `/api/v1/measures/${slug}`, { headers: { 'If-None-Match': etag } }, { slug });
    expect(again.status).toBe(304);
    const since = await call(
      'measure',
      `/api/v1/measures/${slug}`,
      { headers: { 'If-Modified-Since': first.headers.get('last-modified')! } },
      { slug },
    );
    expect(since.status).toBe(304);
  });
});

describe('property: random query parameters never give a 500', () => {
  const lists = ['measures', 'people', 'bodies', 'jurisdictions', 'actions', 'search', 'campaigns'] as const;
  const keys = [
    'limit',
    'cursor',
    'fields',
    'format',
    'updated_since',
    'sort',
    'since',
    'q',
    'body',
    'jurisdiction',
    'type',
    'stage',
    'outcome',
    'subject',
    'sponsor',
    'cosponsor',
    'addressee',
    'campaign',
    'introducedFrom',
    'introducedTo',
    'actionFrom',
    'actionTo',
    'page',
    'x',
  ];
  const value = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      '0',
      '-1',
      '201',
      '2',
      '1e9',
      'NaN',
      'csv',
      'json',
      'id',
      'updatedAt',
      'resolution',
      'introduced',
      'adopted',
      '2025-02-30',
      '2025-03-01',
      '2025-03-01T00:00:00Z',
      'eyJ4IjoxfQ',
      'WzFd',
      'WyJwIiwyXQ',
      'title,slug',
      "'; DROP TABLE",
      '\u0000',
      '%',
      'parks',
    ),
  );
  const queries = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 });

  for (const name of lists) {
    it(`${name}: 200 or a 400 problem`, async () => {
      await fc.assert(
        fc.asyncProperty(queries, async (query) => {
          const search = new URLSearchParams(query);
          if (search.get('format') === 'csv') search.delete('format'); // CSV is exercised in its own suite
          const response = await call(name, `/api/v1/${name}?${search}`);
          if (response.status === 200) {
            expect(validate(endpoints[name].path, 200, await response.json())).toBeNull();
            return;
          }
          expect(response.status, String(search)).toBe(400);
          expect(validate(endpoints[name].path, 400, await response.json(), 'application/problem+json')).toBeNull();
        }),
        { numRuns: 60 },
      );
    }, 120_000);
  }
});

describe('private data', () => {
  it('never appears in any answer', async () => {
    for (const [name, path, params] of everyEndpoint()) {
      const text = await (await call(name, path, {}, params)).text();
      expect(text, path).not.toContain(MARKER);
      expect(text.toLowerCase(), path).not.toContain(MARKER.toLowerCase());
    }
  });
});
