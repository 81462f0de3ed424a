import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createBody, createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';
import { recordChange } from './record-change';
import { describeChange, getRecordHistory, type HistoryEntry } from './queries';

describe('describeChange', () => {
  it('lists the fields an update changed, from what to what', () => {
    expect(
      describeChange({ title: 'A', summary: null, version: 1 }, { title: 'B', summary: null, version: 2 }),
    ).toEqual([{ field: 'title', before: 'A', after: 'B' }]);
  });

  it('lists what a create set and what a delete removed, without bookkeeping columns', () => {
    expect(describeChange(null, { id: 4, measureId: 1, text: 'Adopted', sourceCode: null })).toEqual([
      { field: 'text', before: null, after: 'Adopted' },
    ]);
    expect(describeChange({ id: 4, nameAsGiven: 'Smith' }, null)).toEqual([
      { field: 'nameAsGiven', before: 'Smith', after: null },
    ]);
  });
});

describe('getRecordHistory', () => {
  it('gives a measure’s own changes and those of what belongs to it, newest first, with who made them', async () => {
    const db = getTestDb();
    const measure = await createMeasure(db);
    const user = await db.user.create({
      data: { email: `${uniqueSlug('h')}@example.test`, name: 'Hana Editor', role: 'editor' },
    });
    await recordChange(db, {
      actorId: user.id,
      entityType: 'measure',
      entityId: measure.id,
      operation: 'update',
      measureId: measure.id,
      before: { title: 'Old' },
      after: { title: 'New' },
    });
    await recordChange(db, {
      actorLabel: 'import',
      entityType: 'action',
      entityId: 99,
      operation: 'create',
      measureId: measure.id,
      after: { text: 'Introduced' },
    });
    const history = await getRecordHistory(db, { entityType: 'measure', entityId: measure.id });
    expect(history.map((h) => [h.who, h.entityType, h.operation])).toEqual([
      ['import', 'action', 'create'],
      [`Hana Editor (${user.email})`, 'measure', 'update'],
    ]);
    expect(history[1]!.changes).toEqual([{ field: 'title', before: 'Old', after: 'New' }]);
    expect(
      await getRecordHistory(db, { entityType: 'measure', entityId: measure.id, withChildren: false }),
    ).toHaveLength(1);
  });

  it('gives a person’s and a body’s identifier and membership changes with their own, but not another person’s', async () => {
    const db = getTestDb();
    const [person, other, body] = await Promise.all([createPerson(db), createPerson(db), createBody(db)]);
    // Other test files record events about people by id too: this test reads back only the events it made.
    const seed = { actorLabel: uniqueSlug('history') };
    await recordChange(db, {
      ...seed,
      entityType: 'person',
      entityId: person.id,
      operation: 'update',
      before: { name: 'A' },
      after: { name: 'B' },
    });
    await recordChange(db, {
      ...seed,
      entityType: 'externalIdentifier',
      entityId: 1,
      operation: 'create',
      after: { personId: person.id, scheme: 'bioguide', value: 'K000389' },
    });
    await recordChange(db, {
      ...seed,
      entityType: 'membership',
      entityId: 2,
      operation: 'delete',
      before: { personId: person.id, bodyId: body.id, role: 'member' },
    });
    await recordChange(db, {
      ...seed,
      entityType: 'membership',
      entityId: 3,
      operation: 'create',
      after: { personId: other.id, bodyId: 999999, role: 'member' },
    });
    await recordChange(db, {
      ...seed,
      entityType: 'externalIdentifier',
      entityId: 4,
      operation: 'create',
      after: { bodyId: body.id, scheme: 'thomas', value: 'HSFA' },
    });

    const mine = (entries: HistoryEntry[]) => entries.filter((entry) => entry.who === seed.actorLabel);
    const personHistory = mine(await getRecordHistory(db, { entityType: 'person', entityId: person.id }));
    expect(personHistory.map((h) => [h.entityType, h.entityId, h.operation])).toEqual([
      ['membership', '2', 'delete'],
      ['externalIdentifier', '1', 'create'],
      ['person', String(person.id), 'update'],
    ]);
    const bodyHistory = mine(await getRecordHistory(db, { entityType: 'body', entityId: body.id }));
    expect(bodyHistory.map((h) => [h.entityType, h.entityId])).toEqual([
      ['externalIdentifier', '4'],
      ['membership', '2'],
    ]);
    expect(
      mine(await getRecordHistory(db, { entityType: 'person', entityId: person.id, withChildren: false })),
    ).toHaveLength(1);
  });
});
