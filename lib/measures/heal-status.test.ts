import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBicameralLegislature, createMeasure } from '@/prisma/factories';
import { HEAL_ACTOR, healStatuses } from './heal-status';

describe('healStatuses (npm run db:recompute-status)', () => {
  it("corrects a vetoed bill stored as enacted under the old rules, with change events, and keeps an editor's classification", async () => {
    const db = getTestDb();
    const { lower, upper } = await createBicameralLegislature(db);
    const floor = 'House floor actions';
    // As the old importer stored it: GPO's E30000 ("Signed by President") on a veto was read as a signature.
    const measure = await createMeasure(db, {
      type: 'bill',
      identifier: 'H.R. 9301',
      originBodyId: lower.id,
      actions: [
        { date: '2016-01-04', text: 'Introduced in House', classification: ['introduction'], sourceSystem: floor },
        { date: '2016-01-05', text: 'Passed House.', classification: ['passage'], sourceSystem: floor },
        {
          date: '2016-01-06',
          text: 'Passed Senate.',
          classification: ['passage'],
          actingBodyId: upper.id,
          sourceSystem: 'Senate',
        },
        {
          date: '2016-01-08',
          text: 'Vetoed by President.',
          sourceCode: 'E30000',
          classification: ['executive-signature'],
          actingBodyId: null,
          sourceSystem: floor,
        },
      ],
    });
    await db.measure.update({
      where: { id: measure.id },
      data: { stage: 'enacted', outcome: 'adopted', currentBodyId: lower.id },
    });
    // An editor's own action (no source system) keeps the classification the editor chose.
    const typed = await createMeasure(db, {
      originBodyId: lower.id,
      identifier: 'H.Res. 9302',
      actions: [{ date: '2016-02-01', text: 'Vetoed by President.', classification: ['introduction'] }],
    });

    // Only this test's measures: the shared test database holds thousands of other tests' rows by now.
    const report = await healStatuses(db, { asOf: new Date('2016-06-01T00:00:00Z'), fromId: measure.id });

    expect(report.statusesChanged).toBeGreaterThanOrEqual(1);
    const healed = await db.measure.findUniqueOrThrow({ where: { id: measure.id } });
    expect(healed).toMatchObject({ stage: 'sent_to_executive', outcome: 'vetoed', currentBodyId: null });
    expect(healed.outcomeDate?.toISOString().slice(0, 10)).toBe('2016-01-08');
    const veto = await db.action.findFirstOrThrow({ where: { measureId: measure.id, position: 3 } });
    expect(veto.classification).toEqual(['executive-veto']);
    const events = await db.changeEvent.findMany({
      where: { measureId: measure.id, actorLabel: HEAL_ACTOR.actorLabel },
    });
    expect(events.map((e) => e.entityType).sort()).toEqual(['action', 'measure']);
    expect(report.changed).toContainEqual(expect.objectContaining({ kind: 'measure', id: measure.id }));
    const kept = await db.action.findFirstOrThrow({ where: { measureId: typed.id } });
    expect(kept.classification).toEqual(['introduction']);

    // A second run finds nothing left to correct.
    const again = await healStatuses(db, { asOf: new Date('2016-06-01T00:00:00Z'), fromId: measure.id });
    expect(again.changed.find((c) => c.id === measure.id)).toBeUndefined();
  });
});
