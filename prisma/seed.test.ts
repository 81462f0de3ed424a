// The seed on real PostgreSQL: exactly the founding case, and a second run changes nothing. It gets a database of
// its own (the run's shared one may hold other tests' rows), so counts can be exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { classifyAction } from '@/lib/status';
import { createSiblingTestDatabase, type TestDatabase } from '@/lib/test/database';
import { getTestDatabaseUrl } from '@/lib/test/db';
import { hres240, laResolution } from './seed/founding-case';
import { seed, type SeedReport } from './seed';

let database: TestDatabase;
let db: DbClient;
let first: SeedReport;

const COSPONSORS = [
  'Mr. Pallone',
  'Ms. Speier',
  'Mr. Bilirakis',
  'Mr. Valadao',
  'Ms. Titus',
  'Mr. Costa',
  'Mr. Khanna',
  'Mr. Cicilline',
  'Mrs. Napolitano',
  'Ms. Chu',
  'Mr. Sherman',
  'Mr. Beyer',
  'Ms. Scanlon',
  'Mr. Krishnamoorthi',
  'Mr. Langevin',
  'Mr. McGovern',
  'Ms. Porter',
  'Ms. Clark of Massachusetts',
  'Ms. Spanberger',
  'Ms. Eshoo',
  'Mr. Sires',
  'Mr. Levin of Michigan',
  'Mr. Lieu',
  'Mr. Lowenthal',
  'Mr. Gottheimer',
  'Mr. Auchincloss',
  'Mr. Nunes',
  'Ms. Omar',
  'Ms. Sánchez',
  'Mr. Suozzi',
];

const newDatabase = () => createSiblingTestDatabase(getTestDatabaseUrl());

async function rowCounts(client: DbClient) {
  const rows = await client.$queryRaw<{ table: string; count: bigint }[]>`
    SELECT relname AS table, n_live_tup AS count FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { table } of rows) {
    const [{ n }] = await client.$queryRawUnsafe<[{ n: bigint }]>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(n);
  }
  return counts;
}

const measureBySlug = (slug: string) =>
  db.measure.findUniqueOrThrow({ where: { slug }, include: { currentBody: true } });

beforeAll(async () => {
  database = await newDatabase();
  db = createDbClient(database.url, 2);
  first = await seed(db);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('seed', () => {
  it('creates exactly the founding case', async () => {
    expect(first.created).toEqual({
      jurisdiction: 2,
      body: 9,
      legislativeSession: 1,
      source: 6,
      person: 32,
      membership: 32,
      externalIdentifier: 21, // HSFA and 20 bioguide ids
      measure: 2,
      action: 3,
      sponsorship: 32,
      measureTarget: 4,
      measureRelation: 1,
      sourceCitation: 42,
      campaign: 1,
      campaignMeasure: 2,
    });
    const counts = await rowCounts(db);
    expect(counts).toMatchObject({
      Measure: 2,
      Person: 32,
      Body: 9,
      Action: 3,
      Sponsorship: 32,
      MeasureTarget: 4,
      MeasureRelation: 1,
      Campaign: 1,
      CampaignMeasure: 2,
      PlaceDistrict: 0, // none can be sourced offline: editors add them with a source (/admin/districts)
      MeasureTemplate: 2,
      User: 0,
    });
    expect(await db.changeEvent.count({ where: { actorLabel: { not: 'seed' } } })).toBe(0);
    expect(await db.changeEvent.count()).toBe(first.changeEvents);
  });

  it('gives the House a sibling chamber and the committee its congress-legislators code', async () => {
    const committee = await db.body.findUniqueOrThrow({
      where: { slug: 'house-foreign-affairs' },
      include: { parent: { include: { parent: { include: { children: true } } } }, identifiers: true },
    });
    expect(committee.classification).toBe('committee');
    expect(committee.parent?.slug).toBe('us-house');
    expect(committee.parent?.parent?.children.map((c) => c.slug).sort()).toEqual(['us-house', 'us-senate']);
    expect(committee.identifiers).toMatchObject([{ scheme: 'thomas', value: 'HSFA' }]);
  });

  it('seeds the Los Angeles resolution, adopted, by Krekorian, with no invented council file number', async () => {
    const la = await db.measure.findUniqueOrThrow({
      where: { slug: 'los-angeles-resolution-2021-04-21' },
      include: {
        jurisdiction: true,
        originBody: true,
        actions: true,
        citations: { include: { source: true } },
        sponsorships: { include: { person: { include: { memberships: { include: { body: true } } } } } },
      },
    });
    expect(la).toMatchObject({
      identifier: null,
      normalizedIdentifier: null,
      type: 'resolution',
      sessionId: null,
      stage: 'passed_origin',
      outcome: 'adopted',
    });
    expect(la.jurisdiction.ocdId).toBe('ocd-jurisdiction/country:us/state:ca/place:los_angeles/government');
    expect(la.originBody.slug).toBe('los-angeles-city-council');
    // Adopted is final: no body holds it; it ended in the council.
    expect(la.currentBodyId).toBeNull();
    expect(la.finalBodyId).toBe(la.originBodyId);
    expect(la.actions).toMatchObject([
      { position: 0, text: 'Adopted by the Los Angeles City Council', classification: ['passage'] },
    ]);
    expect(la.actions[0]?.date.toISOString().slice(0, 10)).toBe('2021-04-21');

    const [sponsor] = la.sponsorships;
    expect(la.sponsorships).toHaveLength(1);
    expect(sponsor).toMatchObject({
      kind: 'primary',
      nameAsGiven: 'Councilmember Paul Krekorian',
      person: { slug: 'paul-krekorian' },
    });
    expect(sponsor?.person?.memberships).toMatchObject([
      {
        role: 'Councilmember',
        district: '2',
        startDate: null,
        endDate: null,
        body: { slug: 'los-angeles-city-council' },
      },
    ]);

    const cited = la.citations.map((c) => [c.source.publisher, c.source.kind, c.source.url, c.note !== null]);
    expect(cited).toEqual(
      expect.arrayContaining([
        ['Armenian Consulate General in Los Angeles', 'press_release', null, false],
        ['Human Rights Watch', 'report', null, true],
        ['Institute for the Study of Human Rights, Columbia University', 'report', null, true],
      ]),
    );
    expect(cited).toHaveLength(3);
    const actionCitations = await db.sourceCitation.findMany({
      where: { actionId: la.actions[0]?.id },
      include: { source: true },
    });
    expect(actionCitations.map((c) => c.source.kind)).toEqual(['press_release']);
  });

  it('seeds H.Res. 240, referred to Foreign Affairs, with Schiff and the 30 original cosponsors in order', async () => {
    const hres = await db.measure.findUniqueOrThrow({
      where: { slug: 'us-117-hres-240' },
      include: {
        session: true,
        originBody: true,
        currentBody: true,
        finalBody: true,
        actions: {
          orderBy: { position: 'asc' },
          include: { relatedBody: true, citations: { include: { source: true } } },
        },
        sponsorships: { orderBy: { position: 'asc' }, include: { person: { include: { identifiers: true } } } },
      },
    });
    expect(hres).toMatchObject({
      identifier: 'H.Res. 240',
      normalizedIdentifier: 'HRES240',
      title: 'Calling on Azerbaijan to immediately release all prisoners of war and captured civilians.',
      textUrl: 'https://www.govinfo.gov/content/pkg/BILLS-117hres240ih/xml/BILLS-117hres240ih.xml',
      stage: 'referred',
      originBody: { slug: 'us-house' },
      // Expired with the 117th Congress: no body holds it, and it ended in Foreign Affairs.
      currentBody: null,
      finalBody: { slug: 'house-foreign-affairs' },
      session: { identifier: '117', name: '117th Congress' },
    });
    // The 117th Congress has ended with the resolution still in committee.
    expect(hres.outcome).toBe('expired');
    expect(hres.stageDate?.toISOString().slice(0, 10)).toBe('2021-03-16');

    expect(hres.actions.map((a) => [a.text, a.sourceCode, a.classification, a.relatedBody?.slug ?? null])).toEqual([
      ['Introduced in House', 'Intro-H', ['introduction'], null],
      [
        'Referred to the House Committee on Foreign Affairs.',
        'H11100',
        ['referral-committee'],
        'house-foreign-affairs',
      ],
    ]);
    for (const action of hres.actions) {
      expect(action.citations.map((c) => c.source.url).sort()).toEqual([
        'https://www.congress.gov/bill/117th-congress/house-resolution/240',
        'https://www.govinfo.gov/content/pkg/BILLS-117hres240ih/xml/BILLS-117hres240ih.xml',
      ]);
    }

    const [primary, ...cosponsors] = hres.sponsorships;
    expect(primary).toMatchObject({
      kind: 'primary',
      nameAsGiven: 'Mr. Schiff',
      person: { name: 'Adam Schiff', slug: 'adam-schiff' },
    });
    expect(primary?.person?.identifiers).toMatchObject([{ scheme: 'bioguide', value: 'S001150' }]);
    expect(cosponsors.map((s) => s.nameAsGiven)).toEqual(COSPONSORS);
    for (const s of hres.sponsorships) expect(s.sponsoredOn?.toISOString().slice(0, 10)).toBe('2021-03-16');
    expect(cosponsors.every((s) => s.kind === 'cosponsor' && s.isOriginal)).toBe(true);

    const sanchez = cosponsors.find((s) => s.nameAsGiven === 'Ms. Sánchez')?.person;
    expect(sanchez).toMatchObject({ slug: 'linda-t-sanchez', name: 'Linda T. Sánchez' });
    const levin = cosponsors.find((s) => s.nameAsGiven === 'Mr. Levin of Michigan')?.person;
    expect(levin).toMatchObject({ name: 'Andy Levin', identifiers: [] }); // not Mike Levin (L000593)
  });

  it('keeps House terms from congress-legislators and leaves unknown details empty', async () => {
    const valadao = await db.person.findFirstOrThrow({
      where: { identifiers: { some: { scheme: 'bioguide', value: 'V000129' } } },
      include: { memberships: true },
    });
    expect(valadao.memberships).toMatchObject([
      { role: 'Representative', state: 'CA', district: '21', party: 'Republican' },
    ]);
    expect(valadao.memberships[0]?.startDate?.toISOString().slice(0, 10)).toBe('2021-01-03');
    const nunes = await db.person.findUniqueOrThrow({
      where: { slug: 'devin-nunes' },
      include: { memberships: { include: { body: true } }, citations: true },
    });
    expect(nunes.memberships).toMatchObject([
      {
        role: 'Representative',
        district: null,
        party: null,
        startDate: null,
        endDate: null,
        body: { slug: 'us-house' },
      },
    ]);
    expect(nunes.citations).toHaveLength(1);
  });

  it('seeds the four addressees and the endorsement', async () => {
    const targets = await db.measureTarget.findMany({
      include: { measure: true, body: true },
      orderBy: [{ measureId: 'asc' }, { position: 'asc' }],
    });
    expect(targets.map((t) => [t.measure.slug, t.verb, t.body?.slug, t.roleAsWritten])).toEqual([
      ['us-117-hres-240', 'calls_upon', 'azerbaijan', null],
      ['us-117-hres-240', 'urges', 'us-department-of-state', 'Secretary of State'],
      ['los-angeles-resolution-2021-04-21', 'calls_upon', 'azerbaijan', null],
      ['los-angeles-resolution-2021-04-21', 'calls_upon', 'biden-administration', null],
    ]);
    expect(targets.every((t) => t.quote && t.quote.length < 120)).toBe(true);

    const relations = await db.measureRelation.findMany({ include: { fromMeasure: true, toMeasure: true } });
    expect(relations).toMatchObject([
      {
        type: 'endorses',
        fromMeasure: { slug: laResolution.slug },
        toMeasure: { slug: hres240.slug },
        addedByLabel: 'seed',
        targetNormalized: 'HRES240',
      },
    ]);
    expect(relations[0]?.evidenceQuote).toContain('H.Res. 240-Schiff');
  });

  it('invents no addresses: every source URL is one of the known ones', async () => {
    const urls = (await db.source.findMany({ where: { url: { not: null } } })).map((s) => s.url).sort();
    expect(urls).toEqual([
      'https://github.com/unitedstates/congress-legislators',
      'https://www.congress.gov/bill/117th-congress/house-resolution/240',
      'https://www.govinfo.gov/content/pkg/BILLS-117hres240ih/xml/BILLS-117hres240ih.xml',
    ]);
  });

  it('classifies the seeded actions as lib/status would', () => {
    for (const action of [...hres240.actions, ...laResolution.actions]) {
      expect(classifyAction(action)).toEqual(action.classification);
    }
  });

  it('changes nothing when run again', async () => {
    const countsBefore = await rowCounts(db);
    const updatedBefore = await db.measure.findMany({
      select: { slug: true, updatedAt: true, version: true },
      orderBy: { id: 'asc' },
    });
    const people = await db.person.findMany({ select: { updatedAt: true }, orderBy: { id: 'asc' } });

    const second = await seed(db);

    expect(second).toMatchObject({ created: {}, updated: {}, changeEvents: 0 });
    expect(await rowCounts(db)).toEqual(countsBefore);
    expect(
      await db.measure.findMany({ select: { slug: true, updatedAt: true, version: true }, orderBy: { id: 'asc' } }),
    ).toEqual(updatedBefore);
    expect(await db.person.findMany({ select: { updatedAt: true }, orderBy: { id: 'asc' } })).toEqual(people);
  });

  it('puts back what an edit changed, and records that it did', async () => {
    const la = await measureBySlug(laResolution.slug);
    await db.measure.update({ where: { id: la.id }, data: { title: 'Edited' } });
    const report = await seed(db);
    expect(report).toMatchObject({ created: {}, updated: { measure: 1 }, changeEvents: 1 });
    const event = await db.changeEvent.findFirstOrThrow({
      where: { entityType: 'measure', entityId: String(la.id) },
      orderBy: { id: 'desc' },
    });
    expect(event).toMatchObject({
      actorLabel: 'seed',
      operation: 'update',
      measureId: la.id,
      before: { title: 'Edited' },
      after: { title: laResolution.title },
    });
    expect((await measureBySlug(laResolution.slug)).version).toBe(la.version + 1);
  });
});
