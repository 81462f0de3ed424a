import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure } from '@/prisma/factories';
import { emptyReport, sync, type SyncContext } from './sync';

const db = getTestDb();

/** Syncs `fields` over the measure as stored, in a transaction; returns the report and the measure's change events. */
async function syncMeasure(id: number, fields: Record<string, unknown>) {
  const report = emptyReport();
  await db.$transaction(async (tx) => {
    const ctx: SyncContext = { tx, report, actorLabel: 'test', log: () => {} };
    await sync(ctx, {
      entityType: 'measure',
      label: `#${id}`,
      existing: await tx.measure.findUniqueOrThrow({ where: { id } }),
      fields,
      create: () => Promise.reject(new Error('unreachable')),
      update: (measureId, changed) => tx.measure.update({ where: { id: measureId }, data: changed }),
    });
  });
  const events = await db.changeEvent.findMany({
    where: { entityType: 'measure', entityId: String(id) },
    orderBy: { id: 'asc' },
  });
  return { report, events };
}

describe('sync writes only what differs, by the one comparison rule', () => {
  it('leaves a DATE column alone when given the same day at another time: no write, no change event', async () => {
    const measure = await createMeasure(db);
    await db.measure.update({
      where: { id: measure.id },
      data: { introducedOn: new Date('2021-03-16T00:00:00Z'), subjects: ['parks'], summary: null },
    });
    const { report, events } = await syncMeasure(measure.id, {
      introducedOn: new Date('2021-03-16T15:30:00Z'),
      subjects: ['parks'],
      summary: undefined,
    });
    expect(report).toMatchObject({ unchanged: 1, changeEvents: 0, updated: {} });
    expect(events).toEqual([]);
  });

  it('writes a timestamp a millisecond apart, and a new day, with one change event naming only what changed', async () => {
    const measure = await createMeasure(db);
    await db.measure.update({
      where: { id: measure.id },
      data: { recordUpdatedAt: new Date('2026-11-27T10:00:00.000Z'), introducedOn: new Date('2021-03-16T00:00:00Z') },
    });
    const { report, events } = await syncMeasure(measure.id, {
      recordUpdatedAt: new Date('2026-11-27T10:00:00.001Z'),
      introducedOn: new Date('2021-03-17T00:00:00Z'),
      subjects: [],
    });
    expect(report).toMatchObject({ updated: { measure: 1 }, changeEvents: 1 });
    expect(events).toHaveLength(1);
    expect(Object.keys(events[0]!.after as object).sort()).toEqual(['introducedOn', 'recordUpdatedAt']);
    expect((await db.measure.findUniqueOrThrow({ where: { id: measure.id } })).recordUpdatedAt?.toISOString()).toBe(
      '2026-11-27T10:00:00.001Z',
    );
  });
});
