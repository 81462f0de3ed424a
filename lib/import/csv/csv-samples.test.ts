// The council CSV sample (lib/import/samples/council-csv.ts): imported after the Open Civic Data samples that create
// its council and members, every measure with its timeline, its sponsors linked to the members and its
// addressees; again, nothing changes. (Each measure's `expected` status is for the status derivation's tests.)
import { describe, expect, it } from 'vitest';
import { CSV_MEASURES, CSV_PATH, OCD_SAMPLES, SAMPLE_CITY } from '@/lib/import/samples';
import { getTestDb } from '@/lib/test/db';
import { sampleInput } from '@/lib/test/samples';
import { importFile } from '../run-import';

const db = getTestDb();
const input = (path: string) => sampleInput(...path.split('/'));
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

describe('council CSV sample', () => {
  it('imports every measure of the file into the council the OCD samples create; again changes nothing', async () => {
    for (const person of OCD_SAMPLES) expect(await importFile(db, input(person.path))).toMatchObject({ error: null });
    const council = await db.body.findFirstOrThrow({ where: { name: SAMPLE_CITY.council } });
    const memberId = async (name: string) =>
      (await db.person.findFirstOrThrow({ where: { name, memberships: { some: { bodyId: council.id } } } })).id;

    const report = await importFile(db, input(CSV_PATH));
    expect(report).toMatchObject({ error: null, format: 'csv' });
    expect(['created', 'unchanged']).toContain(report.outcome);
    for (const sample of CSV_MEASURES) {
      const m = await db.measure.findFirstOrThrow({
        where: { originBodyId: council.id, identifier: sample.measure },
        include: {
          actions: { orderBy: { position: 'asc' } },
          sponsorships: { orderBy: { id: 'asc' } },
          targets: { orderBy: { position: 'asc' } },
        },
      });
      expect(m).toMatchObject({ title: sample.title, type: sample.type });
      expect(m.actions.map((a) => [day(a.date), a.text, a.actingBodyId])).toEqual(
        sample.actions.map((a) => [a.date, a.text, council.id]),
      );
      expect(m.sponsorships.map((s) => [s.personId, s.kind, s.nameAsGiven])).toEqual(
        await Promise.all(sample.sponsors.map(async (s) => [await memberId(s.name), s.role, s.name])),
      );
      // An addressee that is a body's name is linked to the body; anyone else is kept as written.
      expect(m.targets.map((t) => [t.verb, t.bodyId, t.entityName])).toEqual(
        sample.addressees.map((a) => [
          a.verb,
          a.name === SAMPLE_CITY.council ? council.id : null,
          a.name === SAMPLE_CITY.council ? null : a.name,
        ]),
      );
    }
    expect(await importFile(db, input(CSV_PATH))).toMatchObject({ outcome: 'unchanged', changeEvents: 0, error: null });
  });
});
