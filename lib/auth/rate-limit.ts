// Password sign-in attempts are limited per account and per client address. The counts live in PostgreSQL
// (SignInAttempt), so the limit holds however many server processes there are.
import type { DbTx } from '@/lib/changes/record-change';

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const addressKey = (address: string) => `address:${address}`;

/** Minutes until sign-in is allowed again for this account or address, or 0 when it is allowed now. */
export async function signInBlockedFor(db: DbTx, email: string, address: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const limits = [
    { key: accountKey(email), max: MAX_FAILURES_PER_ACCOUNT },
    { key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS },
  ];
  let wait = 0;
  for (const { key, max } of limits) {
    const failures = await db.signInAttempt.findMany({
      where: { key, succeeded: false, at: { gte: since } },
      orderBy: { at: 'desc' },
      take: max,
      select: { at: true },
    });
    if (failures.length < max) continue;
    // Blocked until the oldest of the last `max` failures leaves the window.
    const oldest = failures[failures.length - 1]!.at.getTime();
    wait = Math.max(wait, Math.ceil((oldest + WINDOW_MINUTES * 60_000 - now.getTime()) / 60_000));
  }
  return wait;
}

/** Records an attempt under both keys. A success clears the account's failures, so an owner is not locked out later. */
export async function recordSignInAttempt(db: DbTx, email: string, address: string, succeeded: boolean) {
  if (succeeded) await db.signInAttempt.deleteMany({ where: { key: accountKey(email), succeeded: false } });
  await db.signInAttempt.createMany({
    data: [
      { key: accountKey(email), succeeded },
      { key: addressKey(address), succeeded },
    ],
  });
  // Keep the table small: nothing older than a day is ever read.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - 24 * 60 * 60_000) } } });
}
