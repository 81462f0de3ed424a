// congress-legislators and Open Civic Data people, imported and compared with the files (read here with the yaml
// package directly, not through the importer's parsers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getTestDb } from '@/lib/test/db';
import { fixtureInput, fixturePath } from '@/lib/test/shared-fixtures';
import { createBody, createJurisdiction, createPerson } from '@/prisma/factories';
import { importFile } from '../run-import';

const db = getTestDb();
const yamlOf = (...parts: string[]) => parse(readFileSync(fixturePath(...parts), 'utf8'));
const OCD_FILE = 'Bob-Blumenfield-9cc640a1-6597-4b60-a055-b7c4363e214e.yml';

type LegislatorEntry = { id: { bioguide: string } & Record<string, unknown>; name: { first: string; last: string; official_full?: string }; terms: { type: string; state: string }[] };
type CommitteeEntry = { type: string; name: string; thomas_id: string; subcommittees?: { thomas_id: string }[] };

describe('congress-legislators and OCD people import', () => {
  it('imports committees under their chambers and subcommittees under their committees', { timeout: 300_000 }, async () => {
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
    expect(await importFile(db, fixtureInput('congress-legislators', 'committees-current.yaml'))).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
  });

  it('imports every legislator with their ids and terms; again changes nothing', { timeout: 300_000 }, async () => {
    const report = await importFile(db, fixtureInput('congress-legislators', 'legislators-current.yaml'));
    expect(report.error).toBeNull();
    const legislators = yamlOf('congress-legislators', 'legislators-current.yaml') as LegislatorEntry[];
    expect(await db.externalIdentifier.count({ where: { scheme: 'bioguide', value: { in: legislators.map((l) => l.id.bioguide) } } })).toBe(
      legislators.length,
    );
    for (const l of [legislators[0]!, legislators.at(-1)!]) {
      const id = await db.externalIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: 'bioguide', value: l.id.bioguide } },
        include: { person: { include: { memberships: { include: { body: true } }, identifiers: true } } },
      });
      const person = id.person!;
      expect(person.name).toBe(l.name.official_full ?? `${l.name.first} ${l.name.last}`);
      expect(person.memberships.filter((m) => m.startDate)).toHaveLength(l.terms.length);
      expect(person.memberships.at(-1)!.body.slug).toBe(l.terms.at(-1)!.type === 'sen' ? 'us-senate' : 'us-house');
      const given = Object.values(l.id).flat().filter((v) => v !== null && v !== '');
      expect(person.identifiers).toHaveLength(given.length);
    }
    expect(await importFile(db, fixtureInput('congress-legislators', 'legislators-current.yaml'))).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
  });

  it('imports an OCD person into their jurisdiction\'s council, creating it when missing', async () => {
    const person = yamlOf('openstates-people', OCD_FILE) as { id: string; name: string; roles: { district: string; jurisdiction: string }[] };
    const report = await importFile(db, fixtureInput('openstates-people', OCD_FILE));
    expect(report.error).toBeNull();
    const id = await db.externalIdentifier.findUniqueOrThrow({
      where: { scheme_value: { scheme: 'ocd-person', value: person.id } },
      include: { person: { include: { memberships: { include: { body: { include: { jurisdiction: true } } } } } } },
    });
    expect(id.person!.name).toBe(person.name);
    const [membership] = id.person!.memberships;
    expect(membership).toMatchObject({ role: 'Councilmember', district: person.roles[0]!.district.replace('District ', '') });
    expect(membership!.body).toMatchObject({ name: 'Los Angeles City Council', classification: 'legislature' });
    expect(membership!.body.jurisdiction!.ocdId).toBe(person.roles[0]!.jurisdiction);
    expect(await importFile(db, fixtureInput('openstates-people', OCD_FILE))).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
  });

  it('matches an OCD person by name in the body, and reports two namesakes instead of guessing', async () => {
    const jurisdiction = await createJurisdiction(db, { name: 'Shelbyville' });
    const ocdId = `ocd-jurisdiction/country:us/state:zz/place:${jurisdiction.slug.replace(/-/g, '_')}/government`;
    await db.jurisdiction.update({ where: { id: jurisdiction.id }, data: { ocdId } });
    const council = await createBody(db, { name: 'Shelbyville City Council', jurisdictionId: jurisdiction.id });
    const seat = async (name: string) => {
      const p = await createPerson(db, { name });
      await db.membership.create({ data: { personId: p.id, bodyId: council.id, role: 'Councilmember' } });
      return p;
    };
    const file = (uuid: string, name: string) => ({
      name: `${name}.yml`,
      bytes: Buffer.from(`id: ocd-person/${uuid}\nname: ${name}\nroles:\n- type: council member\n  district: District 1\n  jurisdiction: ${ocdId}\n`),
    });

    const known = await seat('Ann Smith');
    const matched = await importFile(db, file('00000000-0000-0000-0000-000000000001', 'Ann Smith'));
    expect(matched.error).toBeNull();
    expect((await db.externalIdentifier.findFirstOrThrow({ where: { value: 'ocd-person/00000000-0000-0000-0000-000000000001' } })).personId).toBe(known.id);

    await seat('Bo Jones');
    await seat('Bo Jones');
    const people = await db.person.count();
    const ambiguous = await importFile(db, file('00000000-0000-0000-0000-000000000002', 'Bo Jones'));
    expect(ambiguous.outcome).toBe('unchanged');
    expect(ambiguous.warnings.join()).toMatch(/Bo Jones: 2 people of that name sit in the same body/);
    expect(await db.person.count()).toBe(people);
    expect(await db.externalIdentifier.count({ where: { value: 'ocd-person/00000000-0000-0000-0000-000000000002' } })).toBe(0);
  });
});
