// congress-legislators and Open Civic Data people: the project's samples imported and compared with the files
// (read here with the yaml package directly, not through the importer's parsers). An at-large Representative
// (district 0), a member with terms in two Congresses, committees with subcommittees, a joint committee, and two
// council members of a city the import creates.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADA_SAMPLE, CAL_FIXTURE, OCD_SAMPLES, SAMPLE_CITY } from '@/lib/import/samples';
import { getTestDb } from '@/lib/test/db';
import { sampleInput, sampleText } from '@/lib/test/samples';
import { createBody, createJurisdiction, createPerson } from '@/prisma/factories';
import { importFile } from '../run-import';

const db = getTestDb();
const yamlOf = (...parts: string[]) => parse(sampleText(...parts));

type LegislatorEntry = {
  id: { bioguide: string } & Record<string, unknown>;
  name: { first: string; last: string; official_full?: string };
  terms: { type: string; state: string; district?: number; start: string; end: string; party: string }[];
};
type CommitteeEntry = {
  type: string;
  name: string;
  thomas_id: string;
  subcommittees?: { name: string; thomas_id: string }[];
};

const personByBioguide = (bioguide: string) =>
  db.externalIdentifier.findUniqueOrThrow({
    where: { scheme_value: { scheme: 'bioguide', value: bioguide } },
    include: {
      person: {
        include: {
          memberships: { where: { startDate: { not: null } }, orderBy: { startDate: 'asc' }, include: { body: true } },
          identifiers: true,
        },
      },
    },
  });

describe('congress-legislators samples', () => {
  it('imports committees under their chambers and subcommittees under their committees; again changes nothing', async () => {
    const input = sampleInput('congress-legislators', 'committees-current.yaml');
    expect(await importFile(db, input)).toMatchObject({ error: null, format: 'committees' });
    for (const c of yamlOf('congress-legislators', 'committees-current.yaml') as CommitteeEntry[]) {
      const id = await db.externalIdentifier.findUniqueOrThrow({
        where: { scheme_value: { scheme: 'thomas', value: c.thomas_id } },
        include: { body: { include: { parent: true, children: { include: { identifiers: true } } } } },
      });
      expect(id.body).toMatchObject({ name: c.name, classification: 'committee' });
      expect(id.body!.parent!.slug).toBe({ house: 'us-house', senate: 'us-senate', joint: 'us-congress' }[c.type]);
      expect(id.body!.children.map((s) => [s.classification, s.identifiers.map((i) => i.value)])).toEqual(
        (c.subcommittees ?? []).map((s) => ['subcommittee', [`${c.thomas_id}${s.thomas_id}`]]),
      );
    }
    expect(await importFile(db, input)).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
  });

  it('imports every legislator with their ids and terms, the at-large seat and two Congresses included; again changes nothing', async () => {
    const input = sampleInput('congress-legislators', 'legislators-current.yaml');
    expect(await importFile(db, input)).toMatchObject({ error: null, format: 'legislators' });
    const legislators = yamlOf('congress-legislators', 'legislators-current.yaml') as LegislatorEntry[];
    for (const l of legislators) {
      const person = (await personByBioguide(l.id.bioguide)).person!;
      expect(person.name).toBe(l.name.official_full ?? `${l.name.first} ${l.name.last}`);
      const given = Object.values(l.id)
        .flat()
        .filter((v) => v !== null && v !== '');
      expect(person.identifiers).toHaveLength(given.length);
      expect(person.memberships.map((m) => [m.body.slug, m.startDate?.toISOString().slice(0, 10), m.state])).toEqual(
        l.terms.map((t) => [t.type === 'sen' ? 'us-senate' : 'us-house', t.start, t.state]),
      );
    }
    // Wyoming's at-large seat: district 0 in the file, "At Large" on the membership.
    const cal = (await personByBioguide(CAL_FIXTURE.bioguideId)).person!;
    expect(cal.memberships.map((m) => [m.role, m.district])).toEqual([
      ['Representative', 'At Large'],
      ['Representative', 'At Large'],
    ]);
    // Ada Sample: the 117th and the 119th Congress, with a gap between.
    const ada = (await personByBioguide(ADA_SAMPLE.bioguideId)).person!;
    expect(
      ada.memberships.map((m) => [
        m.startDate?.toISOString().slice(0, 10),
        m.endDate?.toISOString().slice(0, 10),
        m.district,
      ]),
    ).toEqual([
      ['2021-01-03', '2023-01-03', '3'],
      ['2025-01-03', '2027-01-03', '3'],
    ]);
    expect(await importFile(db, input)).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
  });
});

describe('Open Civic Data person samples', () => {
  it('imports each council member into the council of their jurisdiction, created on the first; again changes nothing', async () => {
    for (const sample of OCD_SAMPLES) {
      const [folder, file] = sample.path.split('/') as [string, string];
      const person = yamlOf(folder, file) as {
        id: string;
        name: string;
        roles: { district: string; jurisdiction: string }[];
      };
      expect(await importFile(db, sampleInput(folder, file))).toMatchObject({ error: null, format: 'ocd-person' });
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
      expect(membership!.body).toMatchObject({ name: SAMPLE_CITY.council, classification: 'legislature' });
      expect(membership!.body.jurisdiction!.ocdId).toBe(SAMPLE_CITY.jurisdiction);
      expect(await importFile(db, sampleInput(folder, file))).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
    }
    expect(await db.body.count({ where: { name: SAMPLE_CITY.council } })).toBe(1);
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
      bytes: Buffer.from(
        `id: ocd-person/${uuid}\nname: ${name}\nroles:\n- type: council member\n  district: District 1\n  jurisdiction: ${ocdId}\n`,
      ),
    });

    const known = await seat('Ann Smith');
    const matched = await importFile(db, file('00000000-0000-0000-0000-000000000001', 'Ann Smith'));
    expect(matched.error).toBeNull();
    expect(
      (
        await db.externalIdentifier.findFirstOrThrow({
          where: { value: 'ocd-person/00000000-0000-0000-0000-000000000001' },
        })
      ).personId,
    ).toBe(known.id);

    await seat('Bo Jones');
    await seat('Bo Jones');
    const people = await db.person.count();
    const ambiguous = await importFile(db, file('00000000-0000-0000-0000-000000000002', 'Bo Jones'));
    expect(ambiguous.outcome).toBe('unchanged');
    expect(ambiguous.warnings.join()).toMatch(/Bo Jones: 2 people of that name sit in the same body/);
    expect(await db.person.count()).toBe(people);
    expect(
      await db.externalIdentifier.count({ where: { value: 'ocd-person/00000000-0000-0000-0000-000000000002' } }),
    ).toBe(0);
  });
});
