// Every Bill Status sample (lib/import/samples) imported into PostgreSQL and compared with its description:
// identifier, title, sponsor and cosponsors (a withdrawn one included), memberships of the Congress, committees and
// subcommittees, the timeline, related bills. The older and the current layout of one bill import to one identical
// record. (The status each sample should get is in its `expected`; the status derivation's tests assert it.)
import { describe, expect, it } from 'vitest';
import { ADA_SAMPLE, CAL_FIXTURE, LAYOUT_SAMPLES, STATUS_SAMPLES, type BillSample } from '@/lib/import/samples';
import { getTestDb } from '@/lib/test/db';
import { sampleInput } from '@/lib/test/samples';
import { importFile } from '../run-import';
import { thomasId } from './write';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');
const day = (d: Date | null | undefined) => d?.toISOString().slice(0, 10) ?? null;
const input = (b: BillSample) => sampleInput(...b.path.split('/'));

async function measureOf(identifier: string, congress: number) {
  return db.measure.findFirstOrThrow({
    where: { identifier, session: { identifier: String(congress) } },
    include: {
      actions: { orderBy: { position: 'asc' }, include: { relatedBody: true } },
      sponsorships: { orderBy: { id: 'asc' }, include: { person: { include: { identifiers: true } } } },
      relationsFrom: { orderBy: { id: 'asc' } },
      originBody: true,
      session: true,
    },
  });
}

async function expectMatches(b: BillSample) {
  const m = await measureOf(b.expected.identifier, b.congress);
  expect(m.title).toBe(b.title);
  expect(m.session?.identifier).toBe(String(b.congress));
  expect(m.originBody.slug).toBe(b.originChamber === 'House' ? 'us-house' : 'us-senate');
  const latest = b.latestAction?.date ?? b.actions.at(-1)!.date;
  expect(day(m.lastActionDate)).toBe(latest);

  // Sponsor and cosponsors, by bioguide id, with the dates the file gives.
  const bioguide = (s: (typeof m.sponsorships)[number]) =>
    s.person?.identifiers.find((i) => i.scheme === 'bioguide')?.value;
  const primary = m.sponsorships.filter((s) => s.kind === 'primary');
  expect(primary.map(bioguide)).toEqual([b.sponsor.bioguideId]);
  const cosponsors = m.sponsorships.filter((s) => s.kind === 'cosponsor');
  expect(cosponsors.map((s) => [bioguide(s), s.isOriginal, day(s.sponsoredOn), day(s.withdrawnOn)])).toEqual(
    b.cosponsors.map((c) => [c.member.bioguideId, c.original, c.date, c.withdrawn ?? null]),
  );

  // The timeline, oldest first, with each action's code; referrals point at the committee the file names.
  expect(m.actions.map((a) => [day(a.date), a.text, a.sourceCode])).toEqual(
    b.actions.map((a) => [a.date, a.text, a.code ?? null]),
  );
  for (const [i, a] of b.actions.entries()) {
    if (a.committee && m.actions[i]!.classification.includes('referral-committee')) {
      expect(m.actions[i]!.relatedBody?.name, a.text).toMatch(
        new RegExp(a.committee.name.replace(/ (Committee|Subcommittee)$/, '')),
      );
    }
  }

  // Committees under their chamber, subcommittees under their committee, found by thomas id.
  for (const { committee, subcommittees } of b.committees) {
    const body = await db.externalIdentifier.findUniqueOrThrow({
      where: { scheme_value: { scheme: 'thomas', value: thomasId(committee.systemCode) } },
      include: { body: { include: { parent: true } } },
    });
    expect(body.body).toMatchObject({ classification: 'committee' });
    expect(body.body!.parent!.slug).toBe(committee.chamber === 'House' ? 'us-house' : 'us-senate');
    for (const s of subcommittees ?? []) {
      const sub = await db.externalIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: 'thomas', value: thomasId(s.systemCode) } },
        include: { body: true },
      });
      expect(sub.body).toMatchObject({ classification: 'subcommittee', parentId: body.body!.id });
    }
  }

  // Related bills, in their own Congress.
  expect(m.relationsFrom.map((r) => [r.targetIdentifier, r.targetJurisdictionText])).toEqual(
    b.relatedBills.map((r) => [
      expect.stringMatching(new RegExp(`${r.number}$`)),
      `United States, ${r.congress}th Congress`,
    ]),
  );
  return m;
}

describe('Bill Status import of every sample', () => {
  for (const b of STATUS_SAMPLES) {
    it(`${b.path} (${b.layout} layout): the measure matches the sample; again, nothing changes`, async () => {
      const report = await importFile(db, input(b), { asOf });
      expect(report).toMatchObject({ error: null, format: 'billstatus' });
      expect(['created', 'unchanged']).toContain(report.outcome);
      await expectMatches(b);
      expect(await importFile(db, input(b), { asOf })).toMatchObject({
        outcome: 'unchanged',
        changeEvents: 0,
        error: null,
      });
    });
  }

  it('gives a member a membership of each Congress they sponsor in, with state, district and party', async () => {
    for (const b of STATUS_SAMPLES) await importFile(db, input(b), { asOf });
    const memberships = async (bioguideId: string) => {
      const id = await db.externalIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: 'bioguide', value: bioguideId } },
      });
      return db.membership.findMany({
        where: { personId: id.personId!, sessionId: { not: null } },
        include: { session: true, body: true },
        orderBy: { id: 'asc' },
      });
    };
    // Ada Sample sponsors H.R. 9002 (117th) and H.R. 9001 (119th), and cosponsors in the 118th.
    const ada = await memberships(ADA_SAMPLE.bioguideId);
    expect(ada.map((m) => m.session!.identifier).sort()).toEqual(['117', '118', '119']);
    expect(
      ada.every(
        (m) =>
          m.body.slug === 'us-house' &&
          m.role === 'Representative' &&
          m.state === 'OR' &&
          m.district === '3' &&
          m.party === 'Democrat',
      ),
    ).toBe(true);
    // "[R-WY-At Large]" with <district>0</district>: the at-large seat, written as congress-legislators' importer writes it.
    const cal = await memberships(CAL_FIXTURE.bioguideId);
    expect(cal.length).toBeGreaterThan(0);
    expect(cal.every((m) => m.state === 'WY' && m.district === 'At Large' && m.party === 'Republican')).toBe(true);
  });
});

describe('one bill in both layouts', () => {
  it('imports to one identical record: the second layout changes nothing, whichever comes first', async () => {
    const [legacy, current] = LAYOUT_SAMPLES as [BillSample, BillSample];
    expect(legacy.layout).toBe('legacy');
    expect(current.layout).toBe('current');
    expect(await importFile(db, input(legacy), { asOf })).toMatchObject({ outcome: 'created', error: null });
    const first = await expectMatches(legacy);
    expect(await importFile(db, input(current), { asOf })).toMatchObject({
      outcome: 'unchanged',
      changeEvents: 0,
      error: null,
    });
    const second = await expectMatches(current);
    expect(second).toEqual(first);
    expect(await importFile(db, input(legacy), { asOf })).toMatchObject({
      outcome: 'unchanged',
      changeEvents: 0,
      error: null,
    });
    expect(await db.measure.count({ where: { identifier: 'H.R. 9011', session: { identifier: '118' } } })).toBe(1);
  });
});
