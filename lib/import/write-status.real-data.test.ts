// The importer derives a measure's status from the actions it has just written instead of reading them back:
// for every Bill Status fixture, new and then updated, during its Congress and after it, the stored status must be
// the one recomputeMeasureStatus derives from the database, so recomputing writes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recomputeMeasureStatus } from '@/lib/measures/recompute-status';
import { fixtureFiles } from '@/lib/status/fixture-actions';
import { getTestDb } from '@/lib/test/db';
import { fixturePath } from '@/lib/test/shared-fixtures';
import { importFile } from './run-import';

const db = getTestDb();
const DURING = new Date('2015-01-01T00:00:00Z'); // before the first of these Congresses ended
const AFTER = new Date('2026-11-27T00:00:00Z'); // after the last
let nextNumber = 97_000;

/** The fixture renumbered (a measure of its own), with `edit` applied. */
function renumbered(file: string, edit: (xml: string) => string = (x) => x) {
  const number = String(nextNumber++);
  const xml = readFileSync(fixturePath('billstatus', file), 'utf8').replace(
    /<(billNumber|number)>\d+<\/\1>/,
    `<$1>${number}</$1>`,
  );
  return { name: file.replace(/\d+\.xml$/, `${number}.xml`), bytes: Buffer.from(edit(xml), 'utf8') };
}

/** A newer action than any the fixtures hold: the House passes the measure. */
const passedHouse = (xml: string) =>
  xml.replace(
    '<actions>',
    '<actions><item><actionDate>2030-01-15</actionDate><text>Passed/agreed to in House: On motion to suspend the rules and pass the bill, as amended Agreed to by voice vote.</text>' +
      '<actionCode>H37300</actionCode><sourceSystem><code>2</code><name>House floor actions</name></sourceSystem></item>',
  );

const statusOf = (m: {
  stage: string;
  outcome: string;
  currentBodyId: number | null;
  stageDate: Date | null;
  lastActionDate: Date | null;
}) => ({
  stage: m.stage,
  outcome: m.outcome,
  currentBodyId: m.currentBodyId ?? null,
  stageDate: m.stageDate,
  lastActionDate: m.lastActionDate,
});

async function expectRecomputedSame(file: string, asOf: Date) {
  const measure = await db.measure.findFirstOrThrow({
    where: { citations: { some: { note: `Imported from ${file}` } } },
  });
  const events = await db.changeEvent.count({ where: { measureId: measure.id } });
  const recomputed = await db.$transaction((tx) =>
    recomputeMeasureStatus(tx, measure.id, { actor: { actorLabel: 'test' }, asOf }),
  );
  expect(statusOf(measure)).toEqual(statusOf(recomputed));
  expect(await db.changeEvent.count({ where: { measureId: measure.id } })).toBe(events);
  return measure;
}

describe('the status an import derives in memory', () => {
  for (const file of fixtureFiles()) {
    for (const [when, asOf] of [
      ['during', DURING],
      ['after', AFTER],
    ] as const) {
      it(`${file} ${when} its Congress: new, then with a newer action, the status is the recomputed one`, async () => {
        const input = renumbered(file);
        const created = await importFile(db, input, { asOf });
        expect(created).toMatchObject({ outcome: 'created', error: null });
        const first = await expectRecomputedSame(input.name, asOf);
        // The session's end is read too: after it, what was still pending has expired.
        if (when === 'during') expect(first.outcome).not.toBe('expired');
        else expect(['expired', 'adopted']).toContain(first.outcome);

        const updated = await importFile(
          db,
          { name: input.name, bytes: Buffer.from(passedHouse(input.bytes.toString()), 'utf8') },
          { asOf },
        );
        expect(updated).toMatchObject({ outcome: 'updated', error: null });
        const second = await expectRecomputedSame(input.name, asOf);
        expect(second.lastActionDate?.toISOString().slice(0, 10)).toBe('2030-01-15');
      });
    }
  }
});
