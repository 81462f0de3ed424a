import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { recordChange, toJsonValue } from './record-change';

describe('toJsonValue', () => {
  it('writes dates as ISO strings and bigints as strings, and drops undefined', () => {
    expect(
      toJsonValue({ at: new Date('2021-03-16T00:00:00Z'), id: 12n, gone: undefined, list: [new Date(0)] }),
    ).toEqual({
      at: '2021-03-16T00:00:00.000Z',
      id: '12',
      list: ['1970-01-01T00:00:00.000Z'],
    });
  });

  it('leaves the column empty for nothing', () => {
    expect(toJsonValue(undefined)).toBeUndefined();
    expect(toJsonValue(null)).toBeUndefined();
  });
});

describe('recordChange', () => {
  it('records the change in the caller’s transaction', async () => {
    const db = getTestDb();
    const entityId = `test-${Date.now()}`;
    const event = await db.$transaction((tx) =>
      recordChange(tx, {
        actorLabel: 'test',
        entityType: 'measure',
        entityId,
        operation: 'update',
        before: { stage: 'introduced', stageDate: null },
        after: { stage: 'referred', stageDate: new Date('2021-03-16T00:00:00Z') },
      }),
    );
    const stored = await db.changeEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({
      actorLabel: 'test',
      actorId: null,
      entityType: 'measure',
      entityId,
      operation: 'update',
    });
    expect(stored.after).toEqual({ stage: 'referred', stageDate: '2021-03-16T00:00:00.000Z' });
    expect(stored.before).toEqual({ stage: 'introduced', stageDate: null });
  });

  it('is rolled back with the write it describes', async () => {
    const db = getTestDb();
    const entityId = `rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        await recordChange(tx, { actorLabel: 'test', entityType: 'person', entityId, operation: 'create', after: {} });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await db.changeEvent.count({ where: { entityType: 'person', entityId } })).toBe(0);
  });

  it('refuses a change by nobody', async () => {
    await expect(
      recordChange(getTestDb(), { entityType: 'measure', entityId: 1, operation: 'delete' }),
    ).rejects.toThrow(/must name who made it/);
  });
});
