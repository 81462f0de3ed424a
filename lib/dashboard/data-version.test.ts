import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { uniqueSlug } from '@/prisma/factories';
import { dataVersion } from './data-version';

const db = getTestDb();

describe('dataVersion', () => {
  it('changes when a write commits, from any client', async () => {
    const before = await dataVersion(db);
    await db.user.create({ data: { email: `${uniqueSlug('v')}@example.test` } });
    expect(await dataVersion(db)).not.toBe(before);
  });

  it('changes again when a transaction that was running while it was read commits', async () => {
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const email = `${uniqueSlug('slow')}@example.test`;
    const transaction = db.$transaction(async (tx) => {
      await tx.user.create({ data: { email } });
      started();
      await committed;
    });
    await running;
    const order: string[] = [];
    const duringRead = dataVersion(db).then((version) => (order.push('read'), version));
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push('commit');
    commit();
    await transaction;
    const during = await duringRead;
    const after = await dataVersion(db);
    expect(await db.user.findUnique({ where: { email } })).not.toBeNull();
    // On PostgreSQL the read answers at once, before the commit: a view rendered then would miss the user, so the
    // commit must give another version. The embedded PGlite has one connection, and the read waits for the commit.
    if (order[0] === 'read') expect(after).not.toBe(during);
    else expect(order).toEqual(['commit', 'read']);
  });

  it('is the same for two reads with nothing committed between them', async () => {
    // Other test files write to other databases of the same server, whose transactions are in the snapshot too; read
    // twice in one transaction, which sees one snapshot, to check that reading alone changes nothing.
    const [first, second] = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      return [await dataVersion(tx), await dataVersion(tx)];
    });
    expect(second).toBe(first);
  });
});
