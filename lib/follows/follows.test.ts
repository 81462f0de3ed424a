import { describe, expect, it } from 'vitest';
import { runAsViewer } from '@/lib/auth/test-viewer';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, createPerson, uniqueSlug } from '@/prisma/factories';
import { followAction } from './actions';
import { setFollow } from './mutations';
import { isFollowing } from './queries';

const db = getTestDb();

const member = () => db.user.create({ data: { email: `${uniqueSlug('m')}@example.test`, role: 'member' } });

describe('following', () => {
  it('follows once however often it is asked, unfollows, and records each real change', async () => {
    const user = await member();
    const measure = await createMeasure(db);
    expect(await setFollow(db, user.id, { kind: 'measure', id: measure.id, intent: 'follow' })).toEqual({
      ok: true,
      following: true,
    });
    expect(await setFollow(db, user.id, { kind: 'measure', id: measure.id, intent: 'follow' })).toEqual({
      ok: true,
      following: true,
    });
    expect(await db.follow.count({ where: { userId: user.id } })).toBe(1);
    expect(await isFollowing(user.id, 'measure', measure.id)).toBe(true);
    expect(await setFollow(db, user.id, { kind: 'measure', id: measure.id, intent: 'unfollow' })).toEqual({
      ok: true,
      following: false,
    });
    expect(await setFollow(db, user.id, { kind: 'measure', id: measure.id, intent: 'unfollow' })).toEqual({
      ok: true,
      following: false,
    });
    expect(await isFollowing(user.id, 'measure', measure.id)).toBe(false);
    const events = await db.changeEvent.findMany({
      where: { entityType: 'follow', actorId: user.id },
      orderBy: { id: 'asc' },
    });
    expect(events.map((e) => e.operation)).toEqual(['create', 'delete']);
    expect(events.every((e) => e.measureId === null)).toBe(true);
  });

  it('follows people and bodies, and refuses what does not exist', async () => {
    const user = await member();
    const person = await createPerson(db);
    await setFollow(db, user.id, { kind: 'person', id: person.id, intent: 'follow' });
    expect(await isFollowing(user.id, 'person', person.id)).toBe(true);
    expect(await setFollow(db, user.id, { kind: 'body', id: 2_000_000_000, intent: 'follow' })).toEqual({
      ok: false,
      message: 'That body no longer exists.',
    });
  });

  it('refuses a form naming no kind of record, beside the field', async () => {
    const user = await member();
    const form = new FormData();
    form.set('kind', 'campaigns');
    form.set('id', 'abc');
    form.set('intent', 'follow');
    const result = await runAsViewer({ id: user.id, email: user.email, name: null, role: 'member' }, () =>
      followAction({}, form),
    );
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(result.errors?.kind?.[0]).toBe('Follow a measure, a person, a body or a campaign.');
    expect(result.errors?.id?.[0]).toMatch(/Choose a record to follow/);
  });
});
