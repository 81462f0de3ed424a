// Test helper shared by write-status.test.ts (the samples) and write-status.real-data.test.ts (the real files): the
// status an import derives in memory must be the one recomputeMeasureStatus derives from the database.
import { expect } from 'vitest';
import { recomputeMeasureStatus } from '@/lib/measures/recompute-status';
import { getTestDb } from '@/lib/test/db';

/** A newer action than any the files hold: the House passes the measure. */
export const passedHouse = (xml: string) =>
  xml.replace(
    '<actions>',
    '<actions><item><actionDate>2030-01-15</actionDate><text>Passed/agreed to in House: On motion to suspend the rules and pass the bill, as amended Agreed to by voice vote.</text>' +
      '<actionCode>H37300</actionCode><sourceSystem><code>2</code><name>House floor actions</name></sourceSystem></item>',
  );

type Status = {
  stage: string;
  outcome: string;
  currentBodyId: number | null;
  finalBodyId: number | null;
  stageDate: Date | null;
  outcomeDate: Date | null;
  lawType: string | null;
  lawNumber: string | null;
  lastActionDate: Date | null;
};

const statusOf = (m: Status) => ({
  stage: m.stage,
  outcome: m.outcome,
  currentBodyId: m.currentBodyId ?? null,
  finalBodyId: m.finalBodyId ?? null,
  stageDate: m.stageDate,
  outcomeDate: m.outcomeDate ?? null,
  lawType: m.lawType ?? null,
  lawNumber: m.lawNumber ?? null,
  lastActionDate: m.lastActionDate,
});

/** The measure imported from `file`, after checking that recomputing its status changes and records nothing. */
export async function expectRecomputedSame(file: string, asOf: Date) {
  const db = getTestDb();
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
