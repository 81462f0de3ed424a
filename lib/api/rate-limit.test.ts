// The rate limit's leases against the test database: a high limit reserves a hundredth of itself at a time and serves
// the rest from memory, never more requests than the limit across two processes' worth of leases; a low limit is
// counted one request at a time.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { countRequest, forgetLeases, leaseSize } from './rate-limit';

const db = getTestDb();
const stored = async (key: string) =>
  (await db.apiRateWindow.findMany({ where: { key } })).reduce((sum, row) => sum + row.count, 0);

/** Counts are per clock minute: a test late in a minute waits for the next, so its requests share one window. */
async function startEarlyInAMinute() {
  const intoMinute = (Date.now() / 1000) % 60;
  if (intoMinute > 45) await new Promise((resolve) => setTimeout(resolve, (61 - intoMinute) * 1000));
}

/** A key no test used, early in a minute, with no lease of an earlier test left in this process. */
async function freshKey(): Promise<string> {
  await startEarlyInAMinute();
  forgetLeases();
  return `test:${randomUUID()}`;
}

describe('leaseSize', () => {
  it('is a hundredth of the limit, and one request under 200', () => {
    expect(leaseSize(60)).toBe(1);
    expect(leaseSize(199)).toBe(1);
    expect(leaseSize(200)).toBe(2);
    expect(leaseSize(1000)).toBe(10);
    expect(leaseSize(1_000_000)).toBe(10_000);
  });
});

describe('countRequest', () => {
  it('counts a low limit one request at a time, in PostgreSQL', async () => {
    const key = await freshKey();
    const counts = [];
    for (let i = 0; i < 4; i++) counts.push((await countRequest(db, key, 3)).count);
    expect(counts).toEqual([1, 2, 3, 4]);
    expect(await stored(key)).toBe(4);
  }, 30_000);

  it('serves a high limit from a lease: one statement for a hundredth of the limit, the count still exact', async () => {
    const key = await freshKey();
    const counts = [];
    for (let i = 0; i < 25; i++) counts.push((await countRequest(db, key, 1000)).count);
    expect(counts).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // Three leases of ten reserved; five requests of the last are still this process's to serve.
    expect(await stored(key)).toBe(30);
  }, 30_000);

  it('has concurrent requests wait for the reservation in flight instead of each reserving a lease', async () => {
    const key = await freshKey();
    const counts = await Promise.all(Array.from({ length: 25 }, () => countRequest(db, key, 1000)));
    expect([...counts.map((c) => c.count)].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await stored(key)).toBe(30); // three leases of ten, not one per request
  }, 30_000);

  it('takes no lease in the window’s last second or once the limit is reached: one request per statement', async () => {
    forgetLeases();
    const ending = `test:${randomUUID()}`;
    // A hold of 61 seconds: every moment of the window counts as its last.
    for (let i = 0; i < 3; i++) await countRequest(db, ending, 1000, 61);
    expect(await stored(ending)).toBe(3);

    const full = await freshKey();
    await db.$executeRaw`INSERT INTO "ApiRateWindow" ("key", "window", "count")
      VALUES (${full}, floor(extract(epoch FROM clock_timestamp()) / 60)::int, 1000)`;
    const refused = [];
    for (let i = 0; i < 3; i++) refused.push((await countRequest(db, full, 1000)).count);
    expect(refused).toEqual([1001, 1002, 1003]);
    expect(await stored(full)).toBe(1003);
  }, 30_000);

  it('never serves more than the limit across processes: another process’s lease counts against it', async () => {
    const key = await freshKey();
    // Another instance reserved 195 of 200 (its leases, used or not).
    await db.$executeRaw`INSERT INTO "ApiRateWindow" ("key", "window", "count")
      VALUES (${key}, floor(extract(epoch FROM clock_timestamp()) / 60)::int, 195)`;
    const counts = [];
    for (let i = 0; i < 8; i++) counts.push((await countRequest(db, key, 200)).count);
    // Leases of two: 196-197, 198-199, then 200 alone (the rest of that lease is over the limit), then refused.
    expect(counts.filter((n) => n <= 200)).toEqual([196, 197, 198, 199, 200]);
    expect(counts.slice(5).every((n) => n > 200)).toBe(true);
  }, 30_000);
});
