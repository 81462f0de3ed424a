import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';
import { findChangeEvents, parseAuditFilters } from './audit-queries';

const db = getTestDb();

async function actor() {
  return db.user.create({
    data: { email: `${uniqueSlug('auditor')}@example.test`, name: 'Audit Actor', role: 'editor' },
  });
}

const event = (
  actorId: string | null,
  entityType: string,
  entityId: string,
  at: string,
  extra: { before?: object; after?: object; actorLabel?: string } = {},
) =>
  db.changeEvent.create({
    data: {
      actorId,
      actorLabel: extra.actorLabel ?? null,
      entityType,
      entityId,
      operation: extra.before && extra.after ? 'update' : 'create',
      at: new Date(at),
      before: extra.before,
      after: extra.after,
    },
  });

describe('parseAuditFilters', () => {
  it('reads valid filters and turns nonsense into the defaults', () => {
    expect(
      parseAuditFilters({ user: 'cabc123', entity: 'body', from: '2024-01-01', to: '2024-02-01', page: '3' }),
    ).toMatchObject({
      user: 'cabc123',
      entity: 'body',
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-02-01T00:00:00Z'),
      page: 3,
    });
    const nonsense = parseAuditFilters({
      user: "x' or 1=1",
      entity: 'table',
      from: '2024-02-30',
      to: 'soon',
      page: '-2',
    });
    expect(nonsense).toEqual({ user: undefined, entity: undefined, from: undefined, to: undefined, page: 1 });
    expect(parseAuditFilters({ entity: ['person', 'body'], page: 'abc' })).toMatchObject({ entity: 'person', page: 1 });
    // An end before the start is dropped rather than matching nothing.
    expect(parseAuditFilters({ from: '2024-03-01', to: '2024-01-01' })).toMatchObject({
      from: new Date('2024-03-01T00:00:00Z'),
      to: undefined,
    });
  });
});

describe('findChangeEvents', () => {
  it('filters by user, entity type and date range (the end day included), newest first', async () => {
    const [alice, bob] = [await actor(), await actor()];
    const a1 = await event(alice.id, 'person', '1', '2001-03-01T10:00:00Z', { after: { name: 'P' } });
    const a2 = await event(alice.id, 'body', '2', '2001-03-05T23:30:00Z', {
      before: { name: 'Old' },
      after: { name: 'New' },
    });
    const a3 = await event(alice.id, 'body', '3', '2001-04-01T00:00:00Z');
    await event(bob.id, 'body', '2', '2001-03-02T00:00:00Z');

    const all = await findChangeEvents(db, parseAuditFilters({ user: alice.id }));
    expect(all.entries.map((e) => e.id)).toEqual([a3, a2, a1].map((e) => e.id.toString()));

    const bodies = await findChangeEvents(
      db,
      parseAuditFilters({ user: alice.id, entity: 'body', from: '2001-03-01', to: '2001-03-05' }),
    );
    expect(bodies.entries).toHaveLength(1);
    expect(bodies.entries[0]).toMatchObject({
      id: a2.id.toString(),
      who: `Audit Actor (${alice.email})`,
      entityType: 'body',
      operation: 'update',
      href: '/admin/bodies/2',
      changes: [{ field: 'name', before: 'Old', after: 'New' }],
    });

    const byType = await findChangeEvents(
      db,
      parseAuditFilters({ entity: 'body', from: '2001-03-01', to: '2001-03-31' }),
    );
    expect(byType.entries.every((e) => e.entityType === 'body')).toBe(true);
    expect(byType.entries.map((e) => e.id)).toEqual(expect.arrayContaining([a2.id.toString()]));
    expect(byType.entries.map((e) => e.id)).not.toContain(a3.id.toString());
  });

  it('pages with one row of look-ahead, labels changes made without a user and links children to their parent record', async () => {
    const label = uniqueSlug('seed');
    const user = await actor();
    for (let i = 0; i < 3; i += 1)
      await event(user.id, 'membership', String(1000 + i), `2002-01-0${i + 1}T00:00:00Z`, {
        after: { personId: 77, role: 'Chair' },
      });
    const page1 = await findChangeEvents(db, parseAuditFilters({ user: user.id }), 2);
    expect(page1.entries.map((e) => e.entityId)).toEqual(['1002', '1001']);
    expect(page1.hasNext).toBe(true);
    expect(page1.entries[0]!.href).toBe('/admin/people/77');
    const page2 = await findChangeEvents(db, parseAuditFilters({ user: user.id, page: '2' }), 2);
    expect(page2.entries.map((e) => e.entityId)).toEqual(['1000']);
    expect(page2.hasNext).toBe(false);

    const seeded = await event(null, 'jurisdiction', '5', '1999-01-01T00:00:00Z', { actorLabel: label });
    const old = await findChangeEvents(db, parseAuditFilters({ entity: 'jurisdiction', to: '1999-01-01' }));
    expect(old.entries.find((e) => e.id === seeded.id.toString())).toMatchObject({ who: label, href: null });
  });

  it('links to a measure’s edit page while it exists, and to nothing once it is deleted', async () => {
    const user = await actor();
    const [kept, gone] = [await createMeasure(db), await createMeasure(db)];
    for (const measure of [kept, gone]) {
      await db.changeEvent.create({
        data: {
          actorId: user.id,
          entityType: 'action',
          entityId: '1',
          operation: 'create',
          measureId: measure.id,
          at: new Date('2003-01-01T00:00:00Z'),
        },
      });
    }
    await db.measure.delete({ where: { id: gone.id } });
    const { entries } = await findChangeEvents(db, parseAuditFilters({ user: user.id }));
    expect(entries.map((e) => e.href).sort()).toEqual([`/admin/measures/${kept.id}`, null].sort());
  });
});
