// Password sign-in attempts are limited per account and per client address (docs/decisions/011-sign-in-throttling.md).
// A browser the account has signed in on before (a recognised device, lib/auth/device-cookie.ts) is limited on its
// own instead, so whoever hammers an account locks out only unrecognised clients, never the owner's own devices. Counts live in PostgreSQL (SignInAttempt), so the limit holds however many server
// processes there are.
//
// An attempt is counted before its password is checked: under a transaction-scoped lock per key, the failures in the
// window are counted and, if below the limit, this attempt is written as a failure, all before the lock is released.
// A parallel attempt therefore waits and then sees it. (Reading, then hashing, then writing let 20 parallel attempts
// all pass a limit of 5: each read before any wrote.) A right password turns its rows into successes afterwards.
import type { DbClient } from '@/lib/db/client';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_DEVICE = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;
export const deviceKey = (deviceId: string) => `device:${deviceId}`;

/** Who is signing in: the account asked for, the client's address, and the device id when the browser is recognised. */
export type SignInClient = { email: string; address: string; deviceId?: string | null };

/** Either refused for `wait` minutes, or allowed with the ids of the rows that count this attempt. */
export type AttemptStart = { wait: number; attemptIds: bigint[] };

/**
 * The keys an attempt counts under. A recognised device only under its own: its cookie is issued only after this
 * account's right password, so it needs no address limit, and then neither guessing at the account nor a flood of
 * failures from a shared address (an office, a proxy) can keep the owner out.
 */
function limitsFor(client: SignInClient) {
  if (client.deviceId) return [{ key: deviceKey(client.deviceId), max: MAX_FAILURES_PER_DEVICE }];
  return [
    { key: accountKey(client.email), max: MAX_FAILURES_PER_ACCOUNT },
    { key: addressKey(client.address), max: MAX_FAILURES_PER_ADDRESS },
  ].sort((a, b) => (a.key < b.key ? -1 : 1)); // one order for every attempt, so two never wait on each other's locks
}

/**
 * Counts this attempt (as a failure, until finishSignInAttempt says otherwise) unless one of its keys already has
 * its limit of failures in the window. Call before checking the password, and check it only when `wait` is 0.
 */
export async function beginSignInAttempt(db: DbClient, client: SignInClient, now = new Date()): Promise<AttemptStart> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const limits = limitsFor(client);
  return db.$transaction(
    async (tx) => {
      for (const { key } of limits) {
        // Released at commit. Keys hashing alike only share a queue.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
      }
      let wait = 0;
      for (const { key, max } of limits) {
        const failures = await tx.signInAttempt.findMany({
          where: { key, succeeded: false, at: { gte: since } },
          orderBy: { at: 'desc' },
          take: max,
          select: { at: true },
        });
        if (failures.length < max) continue;
        // Refused until the oldest of the last `max` failures leaves the window.
        const oldest = failures[failures.length - 1]!.at.getTime();
        wait = Math.max(wait, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - now.getTime()) / 60_000), 1);
      }
      if (wait > 0) return { wait, attemptIds: [] };
      const rows = await tx.signInAttempt.createManyAndReturn({
        data: limits.map(({ key }) => ({ key, succeeded: false, at: now })),
        select: { id: true },
      });
      return { wait: 0, attemptIds: rows.map((row) => row.id) };
    },
    // Parallel attempts queue on the lock: give the queue time on a loaded machine.
    { maxWait: 10_000, timeout: 15_000 },
  );
}

/**
 * After the password check. A success marks the attempt's rows so and clears the failures of the key it was checked
 * under (the account, or the recognised device), so an owner's own typos do not count against them later.
 */
export async function finishSignInAttempt(
  db: DbClient,
  client: SignInClient,
  attemptIds: bigint[],
  succeeded: boolean,
) {
  if (succeeded) {
    const checked = client.deviceId ? deviceKey(client.deviceId) : accountKey(client.email);
    await db.signInAttempt.updateMany({ where: { id: { in: attemptIds } }, data: { succeeded: true } });
    await db.signInAttempt.deleteMany({ where: { key: checked, succeeded: false } });
  }
  // Keep the table small: nothing older than a day is ever read.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
}
