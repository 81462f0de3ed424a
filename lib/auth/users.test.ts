// Users on the real test database: the last admin is kept, deactivation ends sessions, and every change is recorded.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountKey, MAX_FAILURES_PER_ACCOUNT, recordSignInAttempt, signInBlockedFor } from '@/lib/auth/rate-limit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { getTestDb } from '@/lib/test/db';
import { createUser, updateUser, UserChangeRefused } from '@/lib/users/mutations';

const email = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.test`;

describe('user management', () => {
  it('never leaves the site without an active admin', async () => {
    const db = getTestDb();
    // Start from no active admins but the two made here, so the rule is tested whatever other tests left behind.
    await db.user.updateMany({ where: { role: 'admin' }, data: { role: 'editor' } });
    const first = await createUser(db, { email: email('admin-a'), role: 'admin' }, { actorLabel: 'test' });
    const second = await createUser(db, { email: email('admin-b'), role: 'admin' }, { actorLabel: 'test' });

    await updateUser(db, second.id, { role: 'editor' }, { actorId: first.id });
    await expect(updateUser(db, first.id, { role: 'member' }, { actorId: first.id })).rejects.toThrow(UserChangeRefused);
    await expect(updateUser(db, first.id, { active: false }, { actorId: first.id })).rejects.toThrow(/last admin/);

    // Two admins demoting each other at once: one of them must stay admin.
    await updateUser(db, second.id, { role: 'admin' }, { actorId: first.id });
    const results = await Promise.allSettled([
      updateUser(db, first.id, { role: 'editor' }, { actorId: second.id }),
      updateUser(db, second.id, { role: 'editor' }, { actorId: first.id }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await db.user.count({ where: { role: 'admin', deactivatedAt: null } })).toBe(1);
  });

  it('ends the sessions of a deactivated user and records each change with before and after', async () => {
    const db = getTestDb();
    const admin = await createUser(db, { email: email('admin'), role: 'admin' }, { actorLabel: 'test' });
    const user = await createUser(db, { email: email('member') }, { actorLabel: 'test' });
    await db.session.create({ data: { sessionToken: randomBytes(16).toString('hex'), userId: user.id, expires: new Date(Date.now() + 3600_000) } });

    await updateUser(db, user.id, { active: false }, { actorId: admin.id });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await updateUser(db, user.id, { active: true, role: 'editor' }, { actorId: admin.id });

    const events = await db.changeEvent.findMany({ where: { entityType: 'user', entityId: user.id }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.operation)).toEqual(['create', 'update', 'update']);
    expect(events[1]).toMatchObject({ actorId: admin.id, before: { deactivatedAt: null }, after: { role: 'member' } });
    expect((events[1]!.after as { deactivatedAt: string | null }).deactivatedAt).not.toBeNull();
    expect(events[2]).toMatchObject({ after: { role: 'editor', deactivatedAt: null } });
  });
});

describe('passwords and sign-in limits', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await verifyPassword(null, 'anything')).toBe(false);
  });

  it('blocks an account after repeated failures, counted in the database, and a success clears them', async () => {
    const db = getTestDb();
    const account = email('limited');
    const address = `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      expect(await signInBlockedFor(db, account, address)).toBe(0);
      await recordSignInAttempt(db, account, address, false);
    }
    const wait = await signInBlockedFor(db, account, address);
    expect(wait).toBeGreaterThan(0);
    // Another address is blocked for this account too; another account from this address is not (yet).
    expect(await signInBlockedFor(db, account, '192.0.2.1')).toBeGreaterThan(0);
    expect(await signInBlockedFor(db, email('other'), address)).toBe(0);
    expect(await db.signInAttempt.count({ where: { key: accountKey(account) } })).toBe(MAX_FAILURES_PER_ACCOUNT);

    await recordSignInAttempt(db, account, address, true);
    expect(await signInBlockedFor(db, account, '192.0.2.1')).toBe(0);
  });
});
