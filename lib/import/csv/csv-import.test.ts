import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@/lib/db/paths';
import { getTestDb } from '@/lib/test/db';
import { createBody, createJurisdiction, createPerson } from '@/prisma/factories';
import { importFile } from '../run-import';

const db = getTestDb();
const input = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });

/** The example of docs/import-csv.md, as documented. */
const documented = readFileSync(path.join(repoRoot, 'docs/import-csv.md'), 'utf8').match(/```csv\n([\s\S]*?)```/)![1]!;

async function council() {
  const jurisdiction = await createJurisdiction(db, { name: 'Springfield' });
  const body = await createBody(db, { name: 'Springfield City Council', jurisdictionId: jurisdiction.id });
  const department = await createBody(db, { name: 'Department of State', classification: 'executive' });
  const member = async (name: string) => {
    const person = await createPerson(db, { name });
    await db.membership.create({ data: { personId: person.id, bodyId: body.id, role: 'Councilmember' } });
    return person;
  };
  return { body, department, member };
}

/** The documented example, pointed at this test's council and department (by slug: names repeat across tests). */
function example(councilSlug: string, departmentSlug: string) {
  return documented
    .replaceAll('Los Angeles City Council', councilSlug)
    .replace('U.S. Department of State', departmentSlug);
}

describe('council CSV import (docs/import-csv.md)', () => {
  it('imports the documented example: measure, timeline, status, sponsor, addressees; again changes nothing', async () => {
    const { body, department, member } = await council();
    const krekorian = await member('Paul Krekorian');
    const csv = example(body.slug, department.slug);

    const report = await importFile(db, input('council.csv', csv));
    expect(report).toMatchObject({ outcome: 'created', error: null, format: 'csv', label: 'CF 21-0002' });
    const m = await db.measure.findFirstOrThrow({
      where: { originBodyId: body.id },
      include: {
        actions: { orderBy: { position: 'asc' } },
        sponsorships: true,
        targets: { orderBy: { position: 'asc' } },
      },
    });
    expect(m).toMatchObject({
      identifier: 'CF 21-0002',
      normalizedIdentifier: '21-0002',
      type: 'resolution',
      stage: 'passed_origin',
      outcome: 'adopted',
    });
    expect(m.actions.map((a) => [a.date.toISOString().slice(0, 10), a.text, a.actingBodyId])).toEqual([
      ['2021-04-16', 'Introduced', body.id],
      ['2021-04-21', 'Adopted', body.id],
    ]);
    expect(m.sponsorships).toMatchObject([{ personId: krekorian.id, kind: 'primary', nameAsGiven: 'Paul Krekorian' }]);
    expect(m.targets).toMatchObject([
      { verb: 'urges', bodyId: department.id, entityName: null },
      { verb: 'calls_upon', bodyId: null, entityName: 'President of the United States', roleAsWritten: 'President' },
    ]);

    expect(await importFile(db, input('council.csv', csv))).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
    const edited = csv.replace('Resolution on prisoners of war', 'Resolution on the prisoners of war');
    expect(await importFile(db, input('council.csv', edited))).toMatchObject({
      outcome: 'updated',
      updated: { measure: 1 },
    });
  });

  it('reports a sponsor two members share the name of, and links nobody', async () => {
    const { body, department, member } = await council();
    await member('Jane Doe');
    await member('Jane Doe');
    const people = await db.person.count();
    const csv = example(body.slug, department.slug).replace('Paul Krekorian', 'Jane Doe');
    const report = await importFile(db, input('ambiguous.csv', csv));
    expect(report.outcome).toBe('created');
    expect(report.warnings.join('\n')).toMatch(/Jane Doe: 2 people of that name sit in the same body/);
    const sponsorship = await db.sponsorship.findFirstOrThrow({ where: { measure: { originBodyId: body.id } } });
    expect(sponsorship).toMatchObject({ personId: null, nameAsGiven: 'Jane Doe' });
    expect(await db.person.count()).toBe(people);
  });

  it('refuses bad rows with their line and column, and a file failing while it writes leaves nothing', async () => {
    const { body, department } = await council();
    const csv = example(body.slug, department.slug);
    const cases: [string, RegExp][] = [
      [
        'record,measure,title\nmeasure,X,Y\n',
        /\(line 1\): missing columns "body", "type", "date", "text", "name", "role", "verb"/,
      ],
      [csv.replace('2021-04-21', '21/04/2021'), /\(line 4, column "date"\): "21\/04\/2021" is not a date/],
      [csv.replace(',urges', ',begs'), /\(line 6, column "verb"\): "begs" is not one of/],
      [
        csv.replace('action,CF 21-0002,,,,2021-04-16', 'action,CF 99,,,,2021-04-16'),
        /\(line 3, column "measure"\): no "measure" row for CF 99/,
      ],
      [csv.replace('"a"', '"a') + 'measure,"unclosed\n', /\(line \d+\): broken CSV/],
    ];
    for (const [text, message] of cases) {
      const report = await importFile(db, input('bad.csv', text));
      expect(report.outcome).toBe('failed');
      expect(report.error).toMatch(/^bad\.csv /);
      expect(report.error).toMatch(message);
    }

    // The second measure names a body that does not exist: found only while writing, after the first was written.
    const events = await db.changeEvent.count();
    const second = `${csv}measure,CF 21-0003,No Such Council,resolution,Another,2021-05-01,,,,\n`;
    const report = await importFile(db, input('half.csv', second));
    expect(report.error).toMatch(/half\.csv \(line 8, column "body"\): no body named "No Such Council"/);
    expect(await db.changeEvent.count()).toBe(events);
    expect(await db.measure.count({ where: { originBodyId: body.id } })).toBe(0);
  });
});
