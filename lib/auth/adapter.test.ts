// The Auth.js adapter on the real test database: the first magic-link sign-in of a new address makes a member with a
// change event, and a deactivated user's session is refused and removed.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trackerAdapter } from '@/lib/auth/adapter';
import { getTestDb } from '@/lib/test/db';
import { createUser } from '@/lib/users/mutations';

const email = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

describe('trackerAdapter', () => {
  it('creates a magic-link account as a member and records who created it', async () => {
    const db = getTestDb();
    const address = email('Magic');
    const verified = new Date('2026-11-27T08:00:00Z');
    const created = await trackerAdapter(db).createUser!({
      id: 'ignored',
      email: address.toUpperCase(),
      emailVerified: verified,
      name: null,
    });

    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ email: address.toLowerCase(), role: 'member', emailVerified: verified });
    const events = await db.changeEvent.findMany({ where: { entityType: 'user', entityId: created.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ operation: 'create', actorId: created.id });
  });

  it('returns no session for a deactivated user and deletes it', async () => {
    const db = getTestDb();
    const user = await createUser(db, { email: email('gone') }, { actorLabel: 'test' });
    const sessionToken = randomBytes(16).toString('hex');
    await db.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 3600_000) } });
    expect(await trackerAdapter(db).getSessionAndUser!(sessionToken)).not.toBeNull();

    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await trackerAdapter(db).getSessionAndUser!(sessionToken)).toBeNull();
    expect(await db.session.count({ where: { sessionToken } })).toBe(0);
  });
});
