// Campaigns on real PostgreSQL: membership writes (with change events and the proposal flow), the cosponsor gap
// (a cosponsor after the endorsement, a withdrawn one, a city across several districts, a vacancy) and its CSV.
import { describe, expect, it } from 'vitest';
import { setFollow } from '@/lib/follows/mutations';
import { fanOutChange } from '@/lib/notifications/fanout';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';
import { getCampaignGaps, gapCsv } from './gap';
import { addMember, addPlaceDistrict, confirmProposal, createCampaign, proposeMember, removeMember } from './mutations';
import { getCampaignHeadline } from './headline';
import { placeDistrictSchema } from './schemas';

const db = getTestDb();

async function user(role: 'member' | 'editor') {
  const u = await db.user.create({ data: { email: `${uniqueSlug(role)}@example.test`, name: `Test ${role}`, role } });
  return { user: u, ctx: { db, actor: { actorId: u.id } } };
}

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe('campaign membership', () => {
  it('creates a campaign from its lead, adds an endorsement, records change events naming the measures', async () => {
    const { ctx } = await user('editor');
    const lead = await createMeasure(db, { identifier: `H.Res. ${900000 + Math.floor(Math.random() * 99999)}` });
    const endorsement = await createMeasure(db, { title: 'A council endorsement' });
    const created = await createCampaign(ctx, {
      name: 'Free the prisoners',
      description: null,
      leadMeasure: lead.identifier,
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const campaignId = created.value.id;
    expect(created.value.slug).toMatch(/^free-the-prisoners/);
    const added = await addMember(ctx, { campaignId, measure: `/measures/${endorsement.slug}`, role: 'ENDORSEMENT' });
    expect(added.ok).toBe(true);
    const again = await addMember(ctx, { campaignId, measure: endorsement.slug, role: 'ENDORSEMENT' });
    expect(again).toMatchObject({
      ok: false,
      status: 400,
      errors: { measure: [expect.stringMatching(/already in this campaign/)] },
    });
    const unknown = await addMember(ctx, { campaignId, measure: 'no-such-measure-anywhere', role: 'COMPANION' });
    expect(unknown).toMatchObject({ ok: false, errors: { measure: [expect.stringMatching(/No measure found/)] } });
    const members = await db.campaignMeasure.findMany({ where: { campaignId }, orderBy: { createdAt: 'asc' } });
    expect(members.map((m) => [m.measureId, m.role, m.status])).toEqual([
      [lead.id, 'LEAD', 'CONFIRMED'],
      [endorsement.id, 'ENDORSEMENT', 'CONFIRMED'],
    ]);
    const events = await db.changeEvent.findMany({
      where: { entityType: 'campaignMeasure', entityId: { startsWith: `${campaignId}:` } },
    });
    expect(events.map((e) => e.measureId).sort()).toEqual([lead.id, endorsement.id].sort());
    const removed = await removeMember(ctx, { campaignId, measureId: endorsement.id });
    expect(removed.ok).toBe(true);
    expect(await db.campaignMeasure.count({ where: { campaignId } })).toBe(1);
  });

  it('takes a member’s proposal as proposed until an editor confirms it, and refuses proposing it twice', async () => {
    const { ctx: editor } = await user('editor');
    const { ctx: member, user: proposer } = await user('member');
    const created = await createCampaign(editor, { name: 'Proposals', description: 'x', leadMeasure: null });
    if (!created.ok) throw new Error('not created');
    const measure = await createMeasure(db, { title: 'A proposed endorsement' });
    const proposed = await proposeMember(member, {
      campaignId: created.value.id,
      measure: measure.slug,
      role: 'ENDORSEMENT',
      note: 'Same text',
    });
    expect(proposed.ok).toBe(true);
    const twice = await proposeMember(member, {
      campaignId: created.value.id,
      measure: measure.slug,
      role: 'ENDORSEMENT',
      note: null,
    });
    expect(twice).toMatchObject({ ok: false, errors: { measure: [expect.stringMatching(/already been proposed/)] } });
    const ref = { campaignId: created.value.id, measureId: measure.id };
    expect(await db.campaignMeasure.findUniqueOrThrow({ where: { campaignId_measureId: ref } })).toMatchObject({
      status: 'PROPOSED',
      proposedById: proposer.id,
    });
    expect((await confirmProposal(editor, ref)).ok).toBe(true);
    expect(await db.campaignMeasure.findUniqueOrThrow({ where: { campaignId_measureId: ref } })).toMatchObject({
      status: 'CONFIRMED',
      proposedById: proposer.id,
      confirmedById: editor.actor.actorId,
    });
    expect(await confirmProposal(editor, ref)).toMatchObject({
      ok: false,
      message: 'This measure is already confirmed.',
    });
  });

  it('counts endorsements by kind of body for the headline', async () => {
    const { ctx } = await user('editor');
    const lead = await createMeasure(db, { identifier: 'H.Res. 77', title: 'Lead' });
    const created = await createCampaign(ctx, { name: 'Headline', description: null, leadMeasure: lead.slug });
    if (!created.ok) throw new Error('not created');
    for (const [classification, outcome] of [
      ['municipality', 'adopted'],
      ['municipality', 'adopted'],
      ['state', 'adopted'],
      ['municipality', 'pending'],
    ] as const) {
      const place = await createJurisdiction(db, { classification });
      const m = await createMeasure(db, {
        jurisdictionId: place.id,
        originBodyId: (await createBody(db, { jurisdictionId: place.id })).id,
      });
      await db.measure.update({ where: { id: m.id }, data: { outcome } });
      await addMember(ctx, { campaignId: created.value.id, measure: m.slug, role: 'ENDORSEMENT' });
    }
    const headline = await getCampaignHeadline(db, created.value.id);
    expect(headline.text).toBe('2 councils and 1 state legislature have endorsed H.Res. 77');
    expect(headline.pending).toBe(1);
  });
});

describe('place districts', () => {
  it('requires a source and reads the district as congress-legislators writes it', () => {
    const missing = placeDistrictSchema.safeParse({ jurisdictionId: '1', state: 'ca', district: '030', sourceUrl: '' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path[0])).toEqual(['sourceUrl']);
    const ok = placeDistrictSchema.parse({
      jurisdictionId: '1',
      state: 'ca',
      district: '030',
      sourceUrl: 'https://example.test/map',
    });
    expect(ok).toMatchObject({ state: 'CA', district: '30' });
    expect(
      placeDistrictSchema.parse({ jurisdictionId: '1', state: 'WY', district: '0', sourceUrl: 'https://example.test' })
        .district,
    ).toBe('At Large');
    expect(
      placeDistrictSchema.safeParse({
        jurisdictionId: '1',
        state: 'California',
        district: 'x',
        sourceUrl: 'https://e.test',
      }).success,
    ).toBe(false);
  });
});

describe('the cosponsor gap', () => {
  it('lists the members for endorsing places: cosponsored after the endorsement, withdrawn, several districts, a vacancy', async () => {
    const { ctx } = await user('editor');
    const state = uniqueSlug('s')
      .slice(-2)
      .toUpperCase()
      .replace(/[^A-Z]/g, 'Q')
      .padEnd(2, 'Q');
    const country = await createJurisdiction(db, { name: 'United States', classification: 'country' });
    const house = await createBody(db, { name: 'House', classification: 'chamber', jurisdictionId: country.id });
    const congress = await db.legislativeSession.create({
      data: {
        bodyId: house.id,
        identifier: uniqueSlug('c'),
        name: 'A Congress',
        startDate: day('2021-01-03'),
        endDate: day('2023-01-03'),
      },
    });
    const rep = async (name: string, district: string) => {
      const person = await createPerson(db, { name });
      await db.membership.create({
        data: {
          personId: person.id,
          bodyId: house.id,
          role: 'Representative',
          state,
          district,
          party: 'Democrat',
          startDate: day('2021-01-03'),
          endDate: day('2023-01-03'),
        },
      });
      return person;
    };
    const early = await rep('Ann Early', '1'); // cosponsored after the endorsement
    const quitter = await rep('Bob Withdrew', '2'); // cosponsored, then withdrew
    await rep('Cy Never', '3'); // never cosponsored
    // District 4: no member in that Congress (vacant).
    const other = await rep('Dee Elsewhere', '9'); // a district no endorsing place lies in
    const lead = await createMeasure(db, {
      identifier: 'H.Res. 4040',
      originBodyId: house.id,
      jurisdictionId: country.id,
      sessionId: congress.id,
    });
    await db.sponsorship.createMany({
      data: [
        { measureId: lead.id, personId: other.id, nameAsGiven: 'Ms. Elsewhere', kind: 'primary' },
        {
          measureId: lead.id,
          personId: early.id,
          nameAsGiven: 'Ms. Early',
          kind: 'cosponsor',
          sponsoredOn: day('2021-05-01'),
        },
        {
          measureId: lead.id,
          personId: quitter.id,
          nameAsGiven: 'Mr. Withdrew',
          kind: 'cosponsor',
          sponsoredOn: day('2021-03-20'),
          withdrawnOn: day('2021-06-01'),
        },
      ],
    });
    const city = await createJurisdiction(db, { name: 'Big City' });
    const town = await createJurisdiction(db, { name: 'Small Town' });
    const endorse = async (place: { id: number }, date: string) => {
      const body = await createBody(db, { name: 'Council', jurisdictionId: place.id });
      const m = await createMeasure(db, { jurisdictionId: place.id, originBodyId: body.id });
      await db.measure.update({ where: { id: m.id }, data: { outcome: 'adopted', outcomeDate: day(date) } });
      return m;
    };
    const cityMeasure = await endorse(city, '2021-04-21');
    const townMeasure = await endorse(town, '2021-04-01');
    const created = await createCampaign(ctx, { name: 'Gap', description: null, leadMeasure: lead.slug });
    if (!created.ok) throw new Error('not created');
    const campaignId = created.value.id;
    for (const m of [cityMeasure, townMeasure])
      await addMember(ctx, { campaignId, measure: m.slug, role: 'ENDORSEMENT' });
    const source = 'https://example.test/districts';
    for (const district of ['1', '2', '3']) {
      expect(
        (await addPlaceDistrict(ctx, { jurisdictionId: city.id, state, district, sourceUrl: source, note: null })).ok,
      ).toBe(true);
    }
    await addPlaceDistrict(ctx, { jurisdictionId: town.id, state, district: '4', sourceUrl: source, note: null });
    const dup = await addPlaceDistrict(ctx, {
      jurisdictionId: town.id,
      state,
      district: '4',
      sourceUrl: source,
      note: null,
    });
    expect(dup).toMatchObject({ ok: false, errors: { district: [expect.stringMatching(/already recorded/)] } });

    const [gap] = await getCampaignGaps(db, campaignId);
    expect(gap!.lead.id).toBe(lead.id);
    expect(gap!.placesWithoutDistricts).toEqual([]);
    const rows = gap!.rows.map((r) => [r.district, r.member?.name ?? 'Vacant', r.status, r.places.join('; ')]);
    expect(rows).toEqual([
      ['3', 'Cy Never', 'none', 'Big City'],
      ['4', 'Vacant', 'none', 'Small Town'],
      ['2', 'Bob Withdrew', 'withdrawn', 'Big City'],
      ['1', 'Ann Early', 'cosponsor', 'Big City'],
    ]);
    const annRow = gap!.rows.find((r) => r.member?.name === 'Ann Early')!;
    expect(annRow.sponsoredOn).toEqual(day('2021-05-01'));
    expect(annRow.firstEndorsement).toEqual(day('2021-04-21'));
    expect(annRow.sponsoredOn! > annRow.firstEndorsement!).toBe(true);
    expect(gap!.rows.find((r) => r.status === 'withdrawn')!.withdrawnOn).toEqual(day('2021-06-01'));

    const csv = gapCsv([gap!]);
    expect(csv.split('\r\n')[0]).toBe(
      'Measure,State,District,Places that endorsed,First endorsement,Member,Party,Status,Cosponsored on,Withdrew on',
    );
    expect(csv).toContain(`H.Res. 4040,${state},1,Big City,2021-04-21,Ann Early,Democrat,Cosponsored,2021-05-01,`);
    expect(csv).toContain(
      `H.Res. 4040,${state},4,Small Town,2021-04-01,No member recorded (vacant),,Not cosponsored,,`,
    );
  });

  it('names endorsing places with no district recorded, and keeps a formula out of the CSV', async () => {
    const { ctx } = await user('editor');
    const country = await createJurisdiction(db, { classification: 'country' });
    const house = await createBody(db, { name: 'House', classification: 'chamber', jurisdictionId: country.id });
    const p = await createPerson(db);
    await db.membership.create({
      data: { personId: p.id, bodyId: house.id, role: 'Representative', state: 'ZZ', district: '1' },
    });
    const lead = await createMeasure(db, {
      title: '=HYPERLINK("x")',
      originBodyId: house.id,
      jurisdictionId: country.id,
    });
    const place = await createJurisdiction(db, { name: 'Unmapped Village' });
    const m = await createMeasure(db, {
      jurisdictionId: place.id,
      originBodyId: (await createBody(db, { jurisdictionId: place.id })).id,
    });
    await db.measure.update({ where: { id: m.id }, data: { outcome: 'adopted' } });
    const created = await createCampaign(ctx, { name: 'Unmapped', description: null, leadMeasure: lead.slug });
    if (!created.ok) throw new Error('not created');
    await addMember(ctx, { campaignId: created.value.id, measure: m.slug, role: 'ENDORSEMENT' });
    const [gap] = await getCampaignGaps(db, created.value.id);
    expect(gap!.placesWithoutDistricts).toEqual([{ id: place.id, name: 'Unmapped Village' }]);
    expect(gap!.rows).toEqual([]);
    expect(
      gapCsv([
        {
          ...gap!,
          rows: [
            {
              state: 'ZZ',
              district: '1',
              places: ['@x'],
              member: null,
              status: 'none',
              sponsoredOn: null,
              withdrawnOn: null,
              firstEndorsement: null,
            },
          ],
        },
      ]),
    ).toContain(`"'=HYPERLINK(""x"")",ZZ,1,'@x`);
  });
});

describe('following a campaign', () => {
  it('tells the campaign’s followers of a change to any confirmed member measure', async () => {
    const { ctx } = await user('editor');
    const { user: follower } = await user('member');
    const measure = await createMeasure(db, { title: 'A followed member measure' });
    const created = await createCampaign(ctx, {
      name: 'Followed campaign',
      description: null,
      leadMeasure: measure.slug,
    });
    if (!created.ok) throw new Error('not created');
    const followed = await setFollow(db, follower.id, { kind: 'campaign', id: created.value.id, intent: 'follow' });
    expect(followed).toEqual({ ok: true, following: true });
    const event = await db.changeEvent.create({
      data: {
        actorLabel: 'test',
        entityType: 'action',
        entityId: '1',
        operation: 'create',
        measureId: measure.id,
        after: { text: 'Adopted' },
      },
    });
    expect(await fanOutChange(db, event.id, { email: false })).toBeGreaterThanOrEqual(1);
    const note = await db.notification.findUniqueOrThrow({
      where: { changeEventId_userId: { changeEventId: event.id, userId: follower.id } },
    });
    expect(note.reason).toBe('You follow the campaign Followed campaign');
  });
});
