// Real data (../shared/fixtures): congress-legislators and Open Civic Data people, imported and compared with the
// files (read here with the yaml package directly, not through the importer's parsers). people-import.test.ts does
// the same on the project's samples.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getTestDb } from '@/lib/test/db';
import { fixtureInput, fixturePath } from '@/lib/test/shared-fixtures';
import { importFile } from '../run-import';

const db = getTestDb();
const yamlOf = (...parts: string[]) => parse(readFileSync(fixturePath(...parts), 'utf8'));
const OCD_FILE = 'Bob-Blumenfield-9cc640a1-6597-4b60-a055-b7c4363e214e.yml';

type LegislatorEntry = {
  id: { bioguide: string } & Record<string, unknown>;
  name: { first: string; last: string; official_full?: string };
  terms: { type: string; state: string }[];
};
type CommitteeEntry = { type: string; name: string; thomas_id: string; subcommittees?: { thomas_id: string }[] };

describe('congress-legislators and OCD people import', () => {
  it(
    'imports committees under their chambers and subcommittees under their committees',
    { timeout: 300_000 },
    async () => {
      const report = await importFile(db, fixtureInput('congress-legislators', 'committees-current.yaml'));
      expect(report.error).toBeNull();
      const committees = yamlOf('congress-legislators', 'committees-current.yaml') as CommitteeEntry[];
      for (const c of committees) {
        const id = await db.externalIdentifier.findUniqueOrThrow({
          where: { scheme_value: { scheme: 'thomas', value: c.thomas_id } },
          include: { body: { include: { parent: true, _count: { select: { children: true } } } } },
        });
        expect(id.body).toMatchObject({ name: c.name, classification: 'committee' });
        expect(id.body!.parent!.slug).toBe({ house: 'us-house', senate: 'us-senate', joint: 'us-congress' }[c.type]);
        expect(id.body!._count.children).toBe(c.subcommittees?.length ?? 0);
      }
      expect(await importFile(db, fixtureInput('congress-legislators', 'committees-current.yaml'))).toMatchObject({
        outcome: 'unchanged',
        changeEvents: 0,
      });
    },
  );

  it('imports every legislator with their ids and terms; again changes nothing', { timeout: 300_000 }, async () => {
    const report = await importFile(db, fixtureInput('congress-legislators', 'legislators-current.yaml'));
    expect(report.error).toBeNull();
    const legislators = yamlOf('congress-legislators', 'legislators-current.yaml') as LegislatorEntry[];
    expect(
      await db.externalIdentifier.count({
        where: { scheme: 'bioguide', value: { in: legislators.map((l) => l.id.bioguide) } },
      }),
    ).toBe(legislators.length);
    for (const l of [legislators[0]!, legislators.at(-1)!]) {
      const id = await db.externalIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: 'bioguide', value: l.id.bioguide } },
        include: { person: { include: { memberships: { include: { body: true } }, identifiers: true } } },
      });
      const person = id.person!;
      expect(person.name).toBe(l.name.official_full ?? `${l.name.first} ${l.name.last}`);
      expect(person.memberships.filter((m) => m.startDate)).toHaveLength(l.terms.length);
      expect(person.memberships.at(-1)!.body.slug).toBe(l.terms.at(-1)!.type === 'sen' ? 'us-senate' : 'us-house');
      const given = Object.values(l.id)
        .flat()
        .filter((v) => v !== null && v !== '');
      expect(person.identifiers).toHaveLength(given.length);
    }
    expect(await importFile(db, fixtureInput('congress-legislators', 'legislators-current.yaml'))).toMatchObject({
      outcome: 'unchanged',
      changeEvents: 0,
    });
  });

  it("imports an OCD person into their jurisdiction's council, creating it when missing", async () => {
    const person = yamlOf('openstates-people', OCD_FILE) as {
      id: string;
      name: string;
      roles: { district: string; jurisdiction: string }[];
    };
    const report = await importFile(db, fixtureInput('openstates-people', OCD_FILE));
    expect(report.error).toBeNull();
    const id = await db.externalIdentifier.findUniqueOrThrow({
      where: { scheme_value: { scheme: 'ocd-person', value: person.id } },
      include: { person: { include: { memberships: { include: { body: { include: { jurisdiction: true } } } } } } },
    });
    expect(id.person!.name).toBe(person.name);
    const [membership] = id.person!.memberships;
    expect(membership).toMatchObject({
      role: 'Councilmember',
      district: person.roles[0]!.district.replace('District ', ''),
    });
    expect(membership!.body).toMatchObject({ name: 'Los Angeles City Council', classification: 'legislature' });
    expect(membership!.body.jurisdiction!.ocdId).toBe(person.roles[0]!.jurisdiction);
    expect(await importFile(db, fixtureInput('openstates-people', OCD_FILE))).toMatchObject({
      outcome: 'unchanged',
      changeEvents: 0,
    });
  });
});
