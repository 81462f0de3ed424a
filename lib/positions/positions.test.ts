import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';
import { recordPosition } from './mutations';
import { getCurrentPositions, getPositionHistory } from './queries';
import { positionSchema } from './schemas';

const db = getTestDb();

describe('positions', () => {
  it('keeps every position: the newest is current, the earlier ones stay in the history', async () => {
    const user = await db.user.create({
      data: { email: `${uniqueSlug('m')}@example.test`, name: 'Advocate', role: 'member' },
    });
    const viewer = { id: user.id, email: user.email, name: user.name, role: 'member' as const };
    const measure = await createMeasure(db);
    expect(
      await recordPosition(db, user.id, { measureId: measure.id, stance: 'monitor', note: 'Watching' }),
    ).toMatchObject({ ok: true });
    expect(
      await recordPosition(db, user.id, { measureId: measure.id, stance: 'support', note: 'Board voted to support' }),
    ).toMatchObject({ ok: true });
    const history = await getPositionHistory(viewer, measure.id);
    expect(history.map((p) => [p.stance, p.note])).toEqual([
      ['support', 'Board voted to support'],
      ['monitor', 'Watching'],
    ]);
    expect((await getCurrentPositions(viewer, [measure.id])).get(measure.id)).toEqual({
      stance: 'support',
      note: 'Board voted to support',
    });
    // The events name no measure, so nothing made from measure events (what changed, feeds) can carry a note.
    const events = await db.changeEvent.findMany({ where: { entityType: 'position', actorId: user.id } });
    expect(events).toHaveLength(2);
    expect(events.every((e) => e.measureId === null)).toBe(true);
  });

  it('refuses an unknown stance and a missing measure', async () => {
    const refused = positionSchema.safeParse({ measureId: '1', stance: 'neutral' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('Choose support, oppose or monitor.');
    const user = await db.user.create({ data: { email: `${uniqueSlug('m')}@example.test`, role: 'member' } });
    expect(await recordPosition(db, user.id, { measureId: 2_000_000_000, stance: 'oppose', note: null })).toEqual({
      ok: false,
      message: 'That measure no longer exists.',
    });
  });
});
