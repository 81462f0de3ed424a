// Users on the real test database: the last admin is kept, deactivation ends sessions, and every change is recorded.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  accountKey,
  beginSignInAttempt,
  deviceKey,
  finishSignInAttempt,
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_ADDRESS,
  type SignInClient,
} from '@/lib/auth/rate-limit';
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
    await expect(updateUser(db, first.id, { role: 'member' }, { actorId: first.id })).rejects.toThrow(
      UserChangeRefused,
    );
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
    await db.session.create({
      data: {
        sessionToken: randomBytes(16).toString('hex'),
        userId: user.id,
        expires: new Date(Date.now() + 3600_000),
      },
    });

    await updateUser(db, user.id, { active: false }, { actorId: admin.id });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await updateUser(db, user.id, { active: true, role: 'editor' }, { actorId: admin.id });

    const events = await db.changeEvent.findMany({
      where: { entityType: 'user', entityId: user.id },
      orderBy: { id: 'asc' },
    });
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
    const client = { email: account, address };
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
      const { wait, attemptIds } = await beginSignInAttempt(db, client);
      expect(wait).toBe(0);
      await finishSignInAttempt(db, client, attemptIds, false);
    }
    expect((await beginSignInAttempt(db, client)).wait).toBeGreaterThan(0);
    // Another address is blocked for this account too; another account from this address is not (yet).
    expect((await beginSignInAttempt(db, { email: account, address: '192.0.2.1' })).wait).toBeGreaterThan(0);
    const other = { email: email('other'), address };
    const allowed = await beginSignInAttempt(db, other);
    expect(allowed.wait).toBe(0);
    await finishSignInAttempt(db, other, allowed.attemptIds, false);
    expect(await db.signInAttempt.count({ where: { key: accountKey(account) } })).toBe(MAX_FAILURES_PER_ACCOUNT);

    // A recognised device has a limit of its own: the account's lock does not stop it, and its success clears only
    // its own failures.
    const device = { ...client, deviceId: randomBytes(18).toString('base64url') };
    const fromDevice = await beginSignInAttempt(db, device);
    expect(fromDevice.wait).toBe(0);
    await finishSignInAttempt(db, device, fromDevice.attemptIds, true);
    expect((await beginSignInAttempt(db, client)).wait).toBeGreaterThan(0);

    // Nor does a flood of failures from its address.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      const other = { email: email('flood'), address };
      await finishSignInAttempt(db, other, (await beginSignInAttempt(db, other)).attemptIds, false);
    }
    expect((await beginSignInAttempt(db, { email: email('next'), address })).wait).toBeGreaterThan(0);
    expect((await beginSignInAttempt(db, device)).wait).toBe(0);

    // An untrusted client whose right password gets through (after the window) clears the account's failures.
    await db.signInAttempt.updateMany({
      where: { key: accountKey(account) },
      data: { at: new Date(Date.now() - 16 * 60_000) },
    });
    const later = await beginSignInAttempt(db, { email: account, address: '192.0.2.1' });
    expect(later.wait).toBe(0);
    await finishSignInAttempt(db, { email: account, address: '192.0.2.1' }, later.attemptIds, true);
    expect(await db.signInAttempt.count({ where: { key: accountKey(account), succeeded: false } })).toBe(0);
  });

  it('lets at most the limit of 20 parallel attempts through, for an account and for a device', async () => {
    const db = getTestDb();
    const clients: SignInClient[] = [
      { email: email('parallel'), address: `10.1.${randomBytes(1)[0]}.${randomBytes(1)[0]}` },
      {
        email: email('parallel-device'),
        address: `10.2.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
        deviceId: randomBytes(18).toString('base64url'),
      },
    ];
    for (const client of clients) {
      const starts = await Promise.all(Array.from({ length: 20 }, () => beginSignInAttempt(db, client)));
      expect(starts.filter((start) => start.wait === 0)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
      const key = client.deviceId ? deviceKey(client.deviceId) : accountKey(client.email);
      expect(await db.signInAttempt.count({ where: { key } })).toBe(MAX_FAILURES_PER_ACCOUNT);
    }
  });
});
