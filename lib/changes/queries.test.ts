import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';
import { recordChange } from './record-change';
import { describeChange, getRecordHistory } from './queries';

describe('describeChange', () => {
  it('lists the fields an update changed, from what to what', () => {
    expect(describeChange({ title: 'A', summary: null, version: 1 }, { title: 'B', summary: null, version: 2 })).toEqual([
      { field: 'title', before: 'A', after: 'B' },
    ]);
  });

  it('lists what a create set and what a delete removed, without bookkeeping columns', () => {
    expect(describeChange(null, { id: 4, measureId: 1, text: 'Adopted', sourceCode: null })).toEqual([{ field: 'text', before: null, after: 'Adopted' }]);
    expect(describeChange({ id: 4, nameAsGiven: 'Smith' }, null)).toEqual([{ field: 'nameAsGiven', before: 'Smith', after: null }]);
  });
});

describe('getRecordHistory', () => {
  it('gives a measure’s own changes and those of what belongs to it, newest first, with who made them', async () => {
    const db = getTestDb();
    const measure = await createMeasure(db);
    const user = await db.user.create({ data: { email: `${uniqueSlug('h')}@example.test`, name: 'Hana Editor', role: 'editor' } });
    await recordChange(db, { actorId: user.id, entityType: 'measure', entityId: measure.id, operation: 'update', measureId: measure.id, before: { title: 'Old' }, after: { title: 'New' } });
    await recordChange(db, { actorLabel: 'import', entityType: 'action', entityId: 99, operation: 'create', measureId: measure.id, after: { text: 'Introduced' } });
    const history = await getRecordHistory(db, { entityType: 'measure', entityId: measure.id });
    expect(history.map((h) => [h.who, h.entityType, h.operation])).toEqual([
      ['import', 'action', 'create'],
      [`Hana Editor (${user.email})`, 'measure', 'update'],
    ]);
    expect(history[1]!.changes).toEqual([{ field: 'title', before: 'Old', after: 'New' }]);
    expect(await getRecordHistory(db, { entityType: 'measure', entityId: measure.id, withChildren: false })).toHaveLength(1);
  });
});
