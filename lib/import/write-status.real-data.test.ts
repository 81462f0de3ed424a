// The importer derives a measure's status from the actions it has just written instead of reading them back:
// for every Bill Status fixture, new and then updated, during its Congress and after it, the stored status must be
// the one recomputeMeasureStatus derives from the database, so recomputing writes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '@/lib/status/fixture-actions';
import { getTestDb } from '@/lib/test/db';
import { expectRecomputedSame, passedHouse } from '@/lib/test/status-equivalence';
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
