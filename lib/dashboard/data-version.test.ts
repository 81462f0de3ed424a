import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';
import { dataVersion } from './data-version';

const db = getTestDb();

async function member() {
  return db.user.create({ data: { email: `${uniqueSlug('v')}@example.test` } });
}

describe('dataVersion (per member)', () => {
  it('changes when what the member follows changes, from any client, and not when something else does', async () => {
    const user = await member();
    const followed = await createMeasure(db, { title: `Followed ${uniqueSlug('m')}` });
    const other = await createMeasure(db, { title: `Not followed ${uniqueSlug('m')}` });
    const before = await dataVersion(db, user.id);
    await db.follow.create({ data: { userId: user.id, measureId: followed.id } });
    const following = await dataVersion(db, user.id);
    expect(following).not.toBe(before);

    await db.measure.update({ where: { id: other.id }, data: { title: `${other.title} (renamed)` } });
    await member(); // another account
    expect(await dataVersion(db, user.id)).toBe(following);

    await db.$executeRaw`UPDATE "Measure" SET "title" = 'Renamed by hand' WHERE "id" = ${followed.id}`;
    expect(await dataVersion(db, user.id)).not.toBe(following);
  });

  it('changes again when a transaction that took a smaller id commits after a larger one', async () => {
    const user = await member();
    const measure = await createMeasure(db, { title: `Slow ${uniqueSlug('m')}` });
    await db.follow.create({ data: { userId: user.id, measureId: measure.id } });
    let commit!: () => void;
    const committed = new Promise<void>((resolve) => (commit = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.measure.update({ where: { id: measure.id }, data: { summary: 'slow' } });
      started();
      await committed;
    });
    await running;
    const order: string[] = [];
    const duringRead = dataVersion(db, user.id).then((version) => (order.push('read'), version));
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push('commit');
    commit();
    await transaction;
    const during = await duringRead;
    const after = await dataVersion(db, user.id);
    // On PostgreSQL the read answers at once, before the commit; the embedded PGlite has one connection, and the read
    // waits for the commit.
    if (order[0] === 'read') expect(after).not.toBe(during);
    else expect(order).toEqual(['commit', 'read']);
  });

  it('is the same for two reads with nothing committed between them', async () => {
    const user = await member();
    expect(await dataVersion(db, user.id)).toBe(await dataVersion(db, user.id));
  });
});
