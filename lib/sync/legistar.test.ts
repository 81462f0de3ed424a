// A Legistar council against a local server speaking the Web API (JSON written here in the shapes of
// ../shared/fixtures/legistar): matters become measures through the mapping, an unmapped value is reported and the
// matter held back until the mapping names it, runs after the first ask only for what changed ($filter), and
// meetings with their agenda items are stored and linked to the measures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownTestDb } from '@/lib/test/db';
import { describeChange } from '@/lib/notifications/describe-change';
import { fanOutChange } from '@/lib/notifications/fanout';
import { zonedTime } from './legistar';
import { updateSource } from './mutations';
import { runSource } from './run';
import { startLegistarServer, type LegistarServer } from './testing/legistar-server';

const { db } = ownTestDb();
let council: LegistarServer;
const http = { ratePerSecond: 1000, backoffMs: 20 };

const mapping = {
  matterTypes: { Ordinance: 'ordinance', Resolution: 'resolution' },
  actions: {
    Referred: ['referral-committee'],
    'Recommended to Pass': ['committee-passage-favorable'],
    Passed: ['passage'],
  },
};

beforeAll(async () => {
  council = await startLegistarServer('testcity');
  const d = council.data;
  d.bodies.push(
    { BodyId: 138, BodyName: 'City Council', BodyTypeName: 'Primary Legislative Body' },
    { BodyId: 40, BodyName: 'Committee on Zoning, Landmarks and Building Standards', BodyTypeName: 'Committee' },
  );
  d.matters.push(
    {
      MatterId: 101,
      MatterGuid: 'A1',
      MatterLastModifiedUtc: '2024-03-01T10:00:00.03',
      MatterFile: 'O2024-101',
      MatterName: 'Zoning change',
      MatterTitle: 'Zoning reclassification of the 2100 block',
      MatterTypeName: 'Ordinance',
      MatterStatusName: 'Passed',
      MatterBodyId: 138,
      MatterBodyName: 'City Council',
      MatterIntroDate: '2024-01-10T00:00:00',
    },
    {
      MatterId: 102,
      MatterLastModifiedUtc: '2024-03-02T10:00:00',
      MatterFile: 'Or2024-102',
      MatterTitle: 'Driveway permit',
      MatterTypeName: 'Order',
      MatterBodyId: 138,
      MatterBodyName: 'City Council',
      MatterIntroDate: '2024-01-11T00:00:00',
    },
    {
      MatterId: 103,
      MatterLastModifiedUtc: '2024-03-03T10:00:00',
      MatterFile: 'R2024-103',
      MatterTitle: 'Calling on the state to fund transit',
      MatterTypeName: 'Resolution',
      MatterBodyId: 138,
      MatterBodyName: 'City Council',
      MatterIntroDate: '2024-01-12T00:00:00',
    },
  );
  d.histories[101] = [
    {
      MatterHistoryId: 1,
      MatterHistoryActionDate: '2024-01-10T00:00:00',
      MatterHistoryActionName: 'Referred',
      MatterHistoryActionBodyId: 138,
      MatterHistoryActionBodyName: 'City Council',
    },
    {
      MatterHistoryId: 2,
      MatterHistoryActionDate: '2024-02-01T10:00:00',
      MatterHistoryActionName: 'Recommended to Pass',
      MatterHistoryActionBodyId: 40,
      MatterHistoryActionBodyName: 'Committee on Zoning, Landmarks and Building Standards',
      MatterHistoryPassedFlagName: 'Pass',
    },
  ];
  d.histories[103] = [
    {
      MatterHistoryId: 5,
      MatterHistoryActionDate: '2024-01-12T00:00:00',
      MatterHistoryActionName: 'Placed on File',
      MatterHistoryActionBodyId: 138,
      MatterHistoryActionBodyName: 'City Council',
    },
  ];
  d.sponsors[101] = [{ MatterSponsorName: 'Alderperson Reyes', MatterSponsorSequence: 0, MatterSponsorNameId: 501 }];
  d.persons.push(
    {
      PersonId: 501,
      PersonFullName: 'Maria Reyes',
      PersonFirstName: 'Maria',
      PersonLastName: 'Reyes',
      PersonActiveFlag: 1,
    },
    {
      PersonId: 502,
      PersonFullName: 'John Okafor',
      PersonFirstName: 'John',
      PersonLastName: 'Okafor',
      PersonActiveFlag: 0,
    },
  );
  d.officeRecords.push(
    {
      OfficeRecordId: 1,
      OfficeRecordPersonId: 501,
      OfficeRecordFullName: 'Maria Reyes',
      OfficeRecordBodyId: 138,
      OfficeRecordBodyName: 'City Council',
      OfficeRecordTitle: 'Alderperson',
      OfficeRecordStartDate: '2019-05-20T00:00:00',
      OfficeRecordEndDate: '2023-05-14T00:00:00',
    },
    {
      OfficeRecordId: 2,
      OfficeRecordPersonId: 501,
      OfficeRecordFullName: 'Maria Reyes',
      OfficeRecordBodyId: 138,
      OfficeRecordBodyName: 'City Council',
      OfficeRecordTitle: 'Alderperson',
      OfficeRecordStartDate: '2023-05-15T00:00:00',
      OfficeRecordEndDate: null,
    },
    // A committee seat of a council member, and one of a citizen member of the committee (not imported).
    {
      OfficeRecordId: 4,
      OfficeRecordPersonId: 501,
      OfficeRecordFullName: 'Maria Reyes',
      OfficeRecordBodyId: 40,
      OfficeRecordBodyName: 'Committee on Zoning, Landmarks and Building Standards',
      OfficeRecordTitle: 'Chair',
      OfficeRecordStartDate: '2023-05-15T00:00:00',
      OfficeRecordEndDate: null,
    },
    {
      OfficeRecordId: 5,
      OfficeRecordPersonId: 509,
      OfficeRecordFullName: 'Pat Citizen',
      OfficeRecordBodyId: 40,
      OfficeRecordBodyName: 'Committee on Zoning, Landmarks and Building Standards',
      OfficeRecordTitle: 'Member',
      OfficeRecordStartDate: '2023-05-15T00:00:00',
      OfficeRecordEndDate: null,
    },
    {
      OfficeRecordId: 3,
      OfficeRecordPersonId: 502,
      OfficeRecordFullName: 'John Okafor',
      OfficeRecordBodyId: 138,
      OfficeRecordBodyName: 'City Council',
      OfficeRecordTitle: 'Alderperson',
      OfficeRecordStartDate: '2015-05-18T00:00:00',
      OfficeRecordEndDate: '2019-05-19T00:00:00',
    },
  );
  d.attachments[101] = [
    { MatterAttachmentName: 'O2024-101.pdf', MatterAttachmentHyperlink: 'https://example.org/O2024-101.pdf' },
  ];
  d.events.push({
    EventId: 900,
    EventLastModifiedUtc: '2024-03-01T12:00:00',
    EventBodyId: 138,
    EventBodyName: 'City Council',
    EventDate: '2030-04-10T00:00:00',
    EventTime: '10:00 AM',
    EventLocation: 'Council Chamber, City Hall',
    EventAgendaStatusName: 'Final',
  });
  d.eventItems[900] = [
    { EventItemId: 1, EventItemAgendaSequence: 1, EventItemTitle: 'Roll call' },
    {
      EventItemId: 2,
      EventItemTitle: 'Zoning reclassification of the 2100 block',
      EventItemMatterId: 101,
      EventItemActionName: 'Passed',
    },
  ];
});
afterAll(async () => {
  await council.close();
});

describe('a Legistar council', () => {
  it('reads Legistar times as the council’s local time', () => {
    expect(zonedTime('2030-04-10T00:00:00', '10:00 AM', 'America/Chicago').toISOString()).toBe(
      '2030-04-10T15:00:00.000Z',
    );
    expect(zonedTime('2030-01-10T00:00:00', '1:30 PM', 'America/Chicago').toISOString()).toBe(
      '2030-01-10T19:30:00.000Z',
    );
    expect(zonedTime('2030-01-10T00:00:00', null, 'UTC').toISOString()).toBe('2030-01-10T00:00:00.000Z');
  });

  it('imports mapped matters, holds back the unmapped ones with the values named, and stores meetings', async () => {
    const source = await db.syncSource.create({
      data: {
        kind: 'legistar',
        name: 'Test City Council',
        jurisdiction: 'Test City',
        settings: { baseUrl: council.url, client: 'testcity', timeZone: 'America/Chicago', mapping },
        schedule: '0 * * * *',
      },
    });
    const first = await runSource(db, source.id, { http });
    expect(first).toMatchObject({ ran: true, status: 'partial', counts: { created: 1, skipped: 2 } });
    const errors = await db.syncRunError.findMany({
      where: { runId: (first as { runId: number }).runId },
      orderBy: { id: 'asc' },
    });
    expect(errors.map((e) => [e.itemKey, e.message])).toEqual([
      ['matter:102', expect.stringMatching(/unmapped matter type "Order" \(Or2024-102\).*held back/)],
      ['matter:103', expect.stringMatching(/unmapped action names "Placed on File" \(R2024-103\).*held back/)],
    ]);

    const measure = await db.measure.findFirstOrThrow({
      where: { identifier: 'O2024-101' },
      include: { actions: { orderBy: { position: 'asc' } }, sponsorships: true, jurisdiction: true, originBody: true },
    });
    expect(measure).toMatchObject({
      type: 'ordinance',
      title: 'Zoning reclassification of the 2100 block',
      textUrl: 'https://example.org/O2024-101.pdf',
      stage: 'reported',
      jurisdiction: { name: 'Test City' },
      originBody: { name: 'City Council' },
    });
    expect(measure.actions.map((a) => [a.text, a.classification])).toEqual([
      ['Referred', ['referral-committee']],
      ['Recommended to Pass: Pass', ['committee-passage-favorable']],
    ]);
    expect(measure.sponsorships.map((s) => [s.nameAsGiven, s.kind])).toEqual([['Alderperson Reyes', 'primary']]);
    const events = await db.changeEvent.findMany({ where: { measureId: measure.id } });
    expect(new Set(events.map((e) => e.actorLabel))).toEqual(new Set(['sync: Test City Council']));

    const meeting = await db.meeting.findFirstOrThrow({
      where: { sourceId: source.id },
      include: { items: { orderBy: { position: 'asc' } } },
    });
    expect(meeting).toMatchObject({
      bodyName: 'City Council',
      location: 'Council Chamber, City Hall',
      startsAt: new Date('2030-04-10T15:00:00Z'),
    });
    expect(meeting.bodyId).toBe(measure.originBodyId);
    expect(meeting.items.map((i) => [i.title, i.measureId])).toEqual([
      ['Roll call', null],
      ['Zoning reclassification of the 2100 block', measure.id],
    ]);

    // The admin maps the missing values: the held-back matters come in; the imported one is not read again.
    const edited = await updateSource(db, source.id, {
      schedule: '0 * * * *',
      settings: JSON.stringify({
        baseUrl: council.url,
        client: 'testcity',
        timeZone: 'America/Chicago',
        mapping: {
          matterTypes: { ...mapping.matterTypes, Order: 'motion' },
          actions: { ...mapping.actions, 'Placed on File': ['filing'] },
        },
      }),
    });
    expect(edited.ok).toBe(true);
    council.requests.length = 0;
    const second = await runSource(db, source.id, { http });
    expect(second).toMatchObject({ ran: true, status: 'succeeded', counts: { created: 2, skipped: 0 } });
    expect(council.requests.some((r) => r.startsWith('/v1/testcity/matters/101/'))).toBe(false);
    expect(await db.measure.count({ where: { identifier: { in: ['Or2024-102', 'R2024-103'] } } })).toBe(2);

    // A matter changed at the council: only it is asked for, by the $filter on the stored cursor.
    council.data.histories[101]!.push({
      MatterHistoryId: 3,
      MatterHistoryActionDate: '2024-03-10T00:00:00',
      MatterHistoryActionName: 'Passed',
      MatterHistoryActionBodyId: 138,
      MatterHistoryActionBodyName: 'City Council',
      MatterHistoryPassedFlagName: 'Pass',
    });
    council.data.matters[0]!.MatterLastModifiedUtc = '2024-03-10T11:00:00';
    council.requests.length = 0;
    const third = await runSource(db, source.id, { http });
    expect(third).toMatchObject({ ran: true, status: 'succeeded', counts: { updated: 1, created: 0 } });
    const matterList = council.requests.find((r) => r.startsWith('/v1/testcity/matters?'))!;
    expect(decodeURIComponent(matterList)).toContain("MatterLastModifiedUtc gt datetime'2024-03-03T10:00:00'");
    expect(council.requests.filter((r) => /\/matters\/\d+\/histories/.test(r))).toEqual([
      '/v1/testcity/matters/101/histories',
    ]);
    const passed = await db.measure.findFirstOrThrow({ where: { identifier: 'O2024-101' } });
    expect(passed.stage).not.toBe('reported');
  });

  it('stores the council members with their terms and links sponsors to them', async () => {
    // Written by the previous test's runs: the council's office records since the start, each person once.
    const reyes = await db.person.findFirstOrThrow({
      where: { name: 'Maria Reyes' },
      include: {
        memberships: { orderBy: [{ startDate: 'asc' }, { id: 'asc' }], include: { body: true } },
        identifiers: true,
      },
    });
    expect(reyes.identifiers.map((i) => [i.scheme, i.value])).toContainEqual(['legistar:testcity:person', '501']);
    expect(
      reyes.memberships.map((m) => [
        m.body.name,
        m.role,
        m.startDate?.toISOString().slice(0, 10),
        m.endDate?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ['City Council', 'Alderperson', '2019-05-20', '2023-05-14'],
      ['City Council', 'Alderperson', '2023-05-15', null],
      ['Committee on Zoning, Landmarks and Building Standards', 'Chair', '2023-05-15', null],
    ]);
    // The committee's citizen member is not a council member: not imported.
    expect(await db.person.count({ where: { name: 'Pat Citizen' } })).toBe(0);
    expect(await db.membership.count({ where: { person: { name: 'John Okafor' } } })).toBe(1);
    const measure = await db.measure.findFirstOrThrow({
      where: { identifier: 'O2024-101' },
      include: { sponsorships: true },
    });
    expect(measure.sponsorships.map((s) => [s.nameAsGiven, s.personId])).toEqual([['Alderperson Reyes', reyes.id]]);

    // A term ends at the source: the membership is brought in line, nothing is duplicated.
    council.data.officeRecords[1]!.OfficeRecordEndDate = '2027-05-16T00:00:00';
    const source = await db.syncSource.findFirstOrThrow({ where: { name: 'Test City Council' } });
    council.requests.length = 0;
    await runSource(db, source.id, { http });
    expect(council.requests.filter((r) => r.startsWith('/v1/testcity/persons/')).sort()).toEqual([
      '/v1/testcity/persons/501',
      '/v1/testcity/persons/502',
    ]);
    const terms = await db.membership.findMany({
      where: { personId: reyes.id, body: { name: 'City Council' } },
      orderBy: { startDate: 'asc' },
    });
    expect(terms.map((m) => m.endDate?.toISOString().slice(0, 10) ?? null)).toEqual(['2023-05-14', '2027-05-16']);
    const changed = await db.changeEvent.findFirst({
      where: { entityType: 'membership', entityId: String(terms[1]!.id), operation: 'update' },
    });
    expect(changed?.actorLabel).toBe('sync: Test City Council');
  });

  it('tells followers when a measure is put on an upcoming agenda, when the meeting moves, and when it is taken off', async () => {
    const source = await db.syncSource.findFirstOrThrow({ where: { name: 'Test City Council' } });
    const zoning = await db.measure.findFirstOrThrow({ where: { identifier: 'O2024-101' } });
    const filed = await db.measure.findFirstOrThrow({ where: { identifier: 'R2024-103' } });
    const meetingEvents = (measureId: number) =>
      db.changeEvent.findMany({ where: { entityType: 'meeting', measureId }, orderBy: { id: 'asc' } });
    // The first run put the zoning matter on the meeting of 10 April 2030, in Chicago's time.
    const [scheduled] = await meetingEvents(zoning.id);
    expect(scheduled).toMatchObject({ operation: 'create', actorLabel: 'sync: Test City Council' });
    expect(describeChange(scheduled!)).toBe('On the agenda of the City Council meeting of Apr 10, 2030, 10:00 AM');

    const member = await db.user.create({ data: { email: `agenda-${Date.now()}@example.test`, role: 'member' } });
    await db.follow.create({ data: { userId: member.id, measureId: filed.id } });
    // The council moves the meeting a week and adds the filed matter to its agenda.
    council.data.events[0]!.EventDate = '2030-04-17T00:00:00';
    council.data.events[0]!.EventLastModifiedUtc = '2024-03-20T12:00:00';
    council.data.eventItems[900]!.push({ EventItemId: 3, EventItemTitle: 'Placed on file', EventItemMatterId: 103 });
    // A past meeting with the zoning matter says nothing: the measure's history tells what happened there.
    council.data.events.push({
      EventId: 901,
      EventLastModifiedUtc: '2024-03-20T12:00:00',
      EventBodyId: 138,
      EventBodyName: 'City Council',
      EventDate: '2024-02-01T00:00:00',
      EventTime: '10:00 AM',
    });
    council.data.eventItems[901] = [{ EventItemId: 4, EventItemTitle: 'Zoning', EventItemMatterId: 101 }];
    await runSource(db, source.id, { http });

    const zoningEvents = await meetingEvents(zoning.id);
    expect(zoningEvents.map((e) => [e.operation, describeChange(e)])).toEqual([
      ['create', 'On the agenda of the City Council meeting of Apr 10, 2030, 10:00 AM'],
      ['update', 'The City Council meeting with it on the agenda moved to Apr 17, 2030, 10:00 AM'],
    ]);
    const [added] = await meetingEvents(filed.id);
    expect(describeChange(added!)).toBe('On the agenda of the City Council meeting of Apr 17, 2030, 10:00 AM');
    // The follower of the filed matter is told, through the same fan-out as every other change.
    expect(await fanOutChange(db, added!.id, { email: false })).toBeGreaterThanOrEqual(1);
    const notification = await db.notification.findFirstOrThrow({ where: { userId: member.id } });
    expect(notification.summary).toContain('On the agenda of the City Council meeting of Apr 17, 2030');

    // Taken off the agenda.
    council.data.eventItems[900] = council.data.eventItems[900]!.filter((item) => item.EventItemMatterId !== 103);
    council.data.events[0]!.EventLastModifiedUtc = '2024-03-21T12:00:00';
    await runSource(db, source.id, { http });
    expect((await meetingEvents(filed.id)).map((e) => [e.operation, describeChange(e)])).toEqual([
      ['create', 'On the agenda of the City Council meeting of Apr 17, 2030, 10:00 AM'],
      ['delete', 'Taken off the agenda of the City Council meeting of Apr 17, 2030, 10:00 AM'],
    ]);
    expect(await meetingEvents(zoning.id)).toHaveLength(2);
  });
});
