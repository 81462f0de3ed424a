// Every status case of the project's own Bill Status samples (lib/import/samples), imported into PostgreSQL: the
// stored stage, outcome, law and holder are what the sample's `expected` says. Runs in any clone.
import { describe, expect, it } from 'vitest';
import { LAYOUT_SAMPLES, OLDER_VERSION_SAMPLE, STATUS_SAMPLES, type BillSample } from '@/lib/import/samples';
import { getTestDb } from '@/lib/test/db';
import { sampleInput } from '@/lib/test/samples';
import { importFile } from '../run-import';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');
const input = (b: BillSample) => sampleInput(...b.path.split('/'));

describe('the status of every Bill Status sample', () => {
  it.each(STATUS_SAMPLES.map((b) => [b.path, b] as const))('%s imports to its expected status', async (_path, b) => {
    const report = await importFile(db, input(b), { asOf });
    expect(report.error).toBeNull();
    const m = await db.measure.findFirstOrThrow({
      where: { identifier: b.expected.identifier, session: { identifier: String(b.congress) } },
    });
    expect({ stage: m.stage, outcome: m.outcome, lawNumber: m.lawNumber, lawType: m.lawType }).toEqual({
      stage: b.expected.stage,
      outcome: b.expected.outcome,
      lawNumber: b.expected.lawNumber ?? null,
      lawType: b.expected.lawType ?? null,
    });
    // Only a pending (or tabled) measure is held by a body; a final one says where it was last.
    if (m.outcome === 'pending') expect(m.currentBodyId).not.toBeNull();
    else expect(m.currentBodyId).toBeNull();
    if (m.outcome !== 'pending') expect(m.outcomeDate === null).toBe(m.outcome === 'expired');
  });

  it('gives a bill the same record from either layout, and an older version afterwards changes nothing', async () => {
    const [legacy, current] = LAYOUT_SAMPLES as [BillSample, BillSample];
    expect((await importFile(db, input(current), { asOf })).error).toBeNull();
    const again = await importFile(db, input(legacy), { asOf });
    expect(again).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
    const older = await importFile(db, input(OLDER_VERSION_SAMPLE), { asOf });
    expect(older).toMatchObject({ outcome: 'unchanged', changeEvents: 0 });
    expect(older.warnings.join(' ')).toMatch(/older than what is stored/);
    const m = await db.measure.findFirstOrThrow({
      where: { identifier: current.expected.identifier, session: { identifier: String(current.congress) } },
    });
    expect({ stage: m.stage, outcome: m.outcome }).toEqual({
      stage: current.expected.stage,
      outcome: current.expected.outcome,
    });
  });
});
