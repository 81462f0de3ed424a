// The importer derives a measure's status from the actions it has just written instead of reading them back: for
// every Bill Status sample (each status case, both layouts), new and then updated, during its Congress and after
// it, the stored status must be the one recomputeMeasureStatus derives from the database, so recomputing writes
// nothing. (write-status.real-data.test.ts does the same over the real files.)
import { describe, expect, it } from 'vitest';
import { BILL_SAMPLES, type BillSample } from '@/lib/import/samples';
import { getTestDb } from '@/lib/test/db';
import { expectRecomputedSame, passedHouse } from '@/lib/test/status-equivalence';
import { sampleText } from '@/lib/test/samples';
import { importFile } from './run-import';

const db = getTestDb();
const AFTER = new Date('2027-06-01T00:00:00Z'); // after the last of the samples' Congresses (the 119th) ended
/** The day after the sample's last action: its Congress is still running. */
const during = (b: BillSample) => new Date(Date.parse(`${b.actions.at(-1)!.date}T00:00:00Z`) + 86_400_000);
let nextNumber = 97_500;

/** The sample renumbered (a measure of its own), with `edit` applied. */
function renumbered(b: BillSample, edit: (xml: string) => string = (x) => x) {
  const number = String(nextNumber++);
  const xml = sampleText(b.path).replace(/<(billNumber|number)>\d+<\/\1>/, `<$1>${number}</$1>`);
  return {
    name: b.path
      .split('/')
      .at(-1)!
      .replace(/\d+\.xml$/, `${number}.xml`),
    bytes: Buffer.from(edit(xml), 'utf8'),
  };
}

describe('the status an import derives in memory', () => {
  for (const b of BILL_SAMPLES) {
    for (const when of ['during', 'after'] as const) {
      it(`${b.path} ${when} its Congress: new, then with a newer action, the status is the recomputed one`, async () => {
        const asOf = when === 'during' ? during(b) : AFTER;
        const input = renumbered(b);
        const created = await importFile(db, input, { asOf });
        expect(created).toMatchObject({ outcome: 'created', error: null });
        const first = await expectRecomputedSame(input.name, asOf);
        // The session's end is read too: after it, nothing is still pending.
        if (when === 'during') expect(first.outcome).not.toBe('expired');
        else expect(first.outcome).not.toBe('pending');

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
