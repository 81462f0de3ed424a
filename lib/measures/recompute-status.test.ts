import { describe, expect, it } from 'vitest';
import { createBicameralLegislature, createBody, createMeasure } from '@/prisma/factories';
import { getTestDb } from '@/lib/test/db';
import { recomputeMeasureStatus } from './recompute-status';

const actor = { actorLabel: 'test' };

function statusEvents(measureId: number) {
  return getTestDb().changeEvent.count({
    where: { entityType: 'measure', entityId: String(measureId), operation: 'update' },
  });
}

describe('recomputeMeasureStatus', () => {
  it('stores the derived status once and records the change', async () => {
    const db = getTestDb();
    const council = await createBody(db, { name: 'Test City Council' });
    const measure = await createMeasure(db, {
      originBodyId: council.id,
      actions: [{ date: '2021-04-21', text: 'Adopted', classification: ['passage'] }],
    });

    const status = await db.$transaction((tx) => recomputeMeasureStatus(tx, measure.id, { actor }));
    // Adopted is final: no body holds it any more.
    expect(status).toMatchObject({ stage: 'passed_origin', outcome: 'adopted', currentBodyId: null });

    const stored = await db.measure.findUniqueOrThrow({ where: { id: measure.id } });
    expect(stored).toMatchObject({ stage: 'passed_origin', outcome: 'adopted', currentBodyId: null });
    expect(stored.outcomeDate?.toISOString().slice(0, 10)).toBe('2021-04-21');
    expect(stored.stageDate?.toISOString().slice(0, 10)).toBe('2021-04-21');
    expect(stored.lastActionDate?.toISOString().slice(0, 10)).toBe('2021-04-21');
    expect(stored.version).toBe(measure.version);
    expect(await statusEvents(measure.id)).toBe(1);

    await db.$transaction((tx) => recomputeMeasureStatus(tx, measure.id, { actor }));
    const again = await db.measure.findUniqueOrThrow({ where: { id: measure.id } });
    expect(again.updatedAt).toEqual(stored.updatedAt);
    expect(await statusEvents(measure.id)).toBe(1);
  });

  it('counts two chambers when the origin chamber has a sibling, so passing one is not the end', async () => {
    const db = getTestDb();
    const { lower, committee } = await createBicameralLegislature(db);
    const measure = await createMeasure(db, {
      type: 'concurrent_resolution',
      originBodyId: lower.id,
      actions: [
        { date: '2021-03-16', classification: ['introduction'] },
        { date: '2021-03-16', classification: ['referral-committee'], relatedBodyId: committee.id },
      ],
    });
    const referred = await db.$transaction((tx) => recomputeMeasureStatus(tx, measure.id, { actor }));
    expect(referred).toMatchObject({ stage: 'referred', outcome: 'pending', currentBodyId: committee.id });

    await db.action.create({
      data: {
        measureId: measure.id,
        position: 2,
        date: new Date('2021-05-01'),
        text: 'Passed',
        classification: ['passage'],
        actingBodyId: lower.id,
      },
    });
    const passed = await db.$transaction((tx) => recomputeMeasureStatus(tx, measure.id, { actor }));
    expect(passed).toMatchObject({ stage: 'passed_origin', outcome: 'pending' });
  });

  it('expires a pending measure once its session has ended', async () => {
    const db = getTestDb();
    const { legislature, lower } = await createBicameralLegislature(db);
    const session = await db.legislativeSession.create({
      data: { bodyId: legislature.id, identifier: 'test', name: 'Test session', endDate: new Date('2023-01-03') },
    });
    const measure = await createMeasure(db, {
      originBodyId: lower.id,
      sessionId: session.id,
      actions: [{ date: '2021-03-16', classification: ['introduction'] }],
    });
    const during = await db.$transaction((tx) =>
      recomputeMeasureStatus(tx, measure.id, { actor, asOf: new Date('2022-06-01') }),
    );
    expect(during.outcome).toBe('pending');
    const after = await db.$transaction((tx) => recomputeMeasureStatus(tx, measure.id, { actor }));
    expect(after.outcome).toBe('expired');
  });
});
