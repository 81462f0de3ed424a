// Every Bill Status fixture imported into PostgreSQL and compared with the file itself (read here by plain text
// search, not by the importer's parser): identifier, sponsor, cosponsor count, committees, actions and status.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFixtureActions } from '@/lib/status/fixture-actions';
import { getTestDb } from '@/lib/test/db';
import { fixtureInput, fixturePath } from '@/lib/test/shared-fixtures';
import { importFile } from '../run-import';
import { thomasId } from './write';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');

/** What the file says, found by text search. */
function fromFile(file: string) {
  const xml = readFileSync(fixturePath('billstatus', file), 'utf8');
  const section = (name: string) => xml.match(new RegExp(`<${name}>([\\s\\S]*?)</${name}>`))?.[1] ?? '';
  const sponsors = section('sponsors');
  const cosponsors = section('cosponsors');
  return {
    sponsor: sponsors.match(/<bioguideId>([^<]+)<\/bioguideId>/)?.[1],
    cosponsorCount: (cosponsors.match(/<isOriginalCosponsor>/g) ?? []).length,
    committeeCodes: [...new Set([...xml.matchAll(/<systemCode>([^<]+)<\/systemCode>/g)].map((m) => m[1]!))],
    // The bill's own <latestAction> comes after those of its related bills.
    latestActionDate: [...xml.matchAll(/<latestAction>\s*<actionDate>([^<]+)</g)].at(-1)?.[1],
    number: (xml.match(/<(?:billNumber|number)>(\d+)</) ?? [])[1],
  };
}

// Stage and outcome, from each file's last actions: every Congress here has ended, so what is still pending expired.
const expected: Record<string, { identifier: string; stage: string; outcome: string }> = {
  'BILLSTATUS-114hconres70.xml': { identifier: 'H.Con.Res. 70', stage: 'passed_all', outcome: 'adopted' }, // agreed to in the House, then the Senate
  'BILLSTATUS-114s469.xml': { identifier: 'S. 469', stage: 'in_committee', outcome: 'expired' }, // hearings held, nothing after
  'BILLSTATUS-114sres105.xml': { identifier: 'S.Res. 105', stage: 'passed_origin', outcome: 'adopted' }, // a simple resolution agreed to in the Senate
  'BILLSTATUS-116hr5177.xml': { identifier: 'H.R. 5177', stage: 'referred', outcome: 'expired' }, // referred, nothing after
  'BILLSTATUS-117hr6658.xml': { identifier: 'H.R. 6658', stage: 'referred', outcome: 'expired' },
  'BILLSTATUS-117sconres7.xml': { identifier: 'S.Con.Res. 7', stage: 'referred', outcome: 'expired' },
};

async function measureOf(identifier: string, congress: string) {
  return db.measure.findFirstOrThrow({
    where: { identifier, session: { identifier: congress } },
    include: {
      actions: { orderBy: { position: 'asc' }, include: { actingBody: true, relatedBody: true } },
      sponsorships: { include: { person: { include: { identifiers: true } } } },
      originBody: true,
    },
  });
}

describe('Bill Status import of every fixture', () => {
  for (const [file, want] of Object.entries(expected)) {
    it(`${file}: the measure matches the file`, async () => {
      const report = await importFile(db, fixtureInput('billstatus', file), { asOf });
      expect(report.error).toBeNull();
      expect(['created', 'updated', 'unchanged']).toContain(report.outcome);

      const facts = fromFile(file);
      const congress = file.match(/BILLSTATUS-(\d+)/)![1]!;
      const m = await measureOf(want.identifier, congress);
      expect(m.identifier).toBe(want.identifier);
      expect(m.normalizedIdentifier).toMatch(new RegExp(`${facts.number}$`));
      expect({ stage: m.stage, outcome: m.outcome }).toEqual({ stage: want.stage, outcome: want.outcome });
      expect(m.lastActionDate?.toISOString().slice(0, 10)).toBe(facts.latestActionDate);

      const primary = m.sponsorships.filter((s) => s.kind === 'primary');
      expect(primary).toHaveLength(1);
      expect(primary[0]!.person?.identifiers.map((i) => `${i.scheme}:${i.value}`)).toContain(
        `bioguide:${facts.sponsor}`,
      );
      expect(m.sponsorships.filter((s) => s.kind === 'cosponsor')).toHaveLength(facts.cosponsorCount);

      const actions = readFixtureActions(file);
      expect(m.actions.map((a) => [a.date.toISOString().slice(0, 10), a.text, a.sourceCode])).toEqual(
        actions.map((a) => [a.date, a.text, a.code]),
      );

      // Every committee and subcommittee the file names is a body under its chamber (or its committee).
      for (const code of facts.committeeCodes) {
        const id = await db.externalIdentifier.findUniqueOrThrow({
          where: { scheme_value: { scheme: 'thomas', value: thomasId(code) } },
          include: { body: { include: { parent: true } } },
        });
        const chamber = code.startsWith('s') ? 'us-senate' : 'us-house';
        const parent = id.body!.parent!;
        expect(id.body!.classification === 'committee' ? parent.slug : parent.parentId).toBe(
          id.body!.classification === 'committee'
            ? chamber
            : (await db.body.findUniqueOrThrow({ where: { slug: chamber } })).id,
        );
      }
      // Referrals point at the committee the file names.
      const referrals = m.actions.filter((a) => a.classification.includes('referral-committee') && a.relatedBody);
      for (const a of referrals) expect(a.relatedBody!.classification).toMatch(/committee/);
    });
  }

  it('importing the same files again changes nothing', async () => {
    for (const file of Object.keys(expected)) await importFile(db, fixtureInput('billstatus', file), { asOf });
    const events = await db.changeEvent.count();
    for (const file of Object.keys(expected)) {
      const again = await importFile(db, fixtureInput('billstatus', file), { asOf });
      expect(again).toMatchObject({ outcome: 'unchanged', changeEvents: 0, error: null });
    }
    expect(await db.changeEvent.count()).toBe(events);
  });
});
