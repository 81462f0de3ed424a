// `npx tsx scripts/bench/revalidation.ts [--writes 2000]`: what database-driven revalidation costs (decision 070), on a
// fresh database of the server at DATABASE_URL (default 127.0.0.1:5432): a one-row update of a measure and a
// 1,000-row insert of actions with the cache-tag triggers and without them, and one poll of the tag follower with
// nothing new and with a batch of tags.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createTagFollower } from '@/lib/cache/tag-follower';
import { createDbClient } from '@/lib/db/client';
import { createTestDatabase } from '@/lib/test/database';
import { createMeasure } from '@/prisma/factories';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '2000' } } });
const writes = Number(values.writes);

const database = await createTestDatabase(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
const pool = new pg.Pool({ connectionString: database.url, max: 2 });
const prisma = createDbClient(database.url, 2);
const TRIGGERS = ['rt_cache_tags_ins', 'rt_cache_tags_upd', 'rt_cache_tags_del'];

async function setTriggers(table: string, on: boolean) {
  for (const trigger of TRIGGERS) {
    await pool.query(`ALTER TABLE "${table}" ${on ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`);
  }
}

async function time(run: () => Promise<void>, times: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < times; i++) await run();
  return (performance.now() - started) / times;
}

try {
  const measures: { id: number }[] = [];
  for (let i = 0; i < 50; i++) measures.push(await createMeasure(prisma, { title: `Bench measure ${i}` }));
  // 20 members each following 10 measures: a measure's change also names their dashboards.
  for (let u = 0; u < 20; u++) {
    const user = await prisma.user.create({ data: { email: `bench-${u}-${Date.now()}@example.test` } });
    for (let m = 0; m < 10; m++) {
      await prisma.follow.create({ data: { userId: user.id, measureId: measures[(u + m * 5) % measures.length]!.id } });
    }
  }
  const update = async () => {
    const id = measures[Math.floor(Math.random() * measures.length)]!.id;
    await pool.query(`UPDATE "Measure" SET "updatedAt" = now() WHERE "id" = $1`, [id]);
  };
  let position = 0;
  const insertActions = async () => {
    const id = measures[position % measures.length]!.id;
    position++;
    await pool.query(
      `INSERT INTO "Action" ("measureId", "position", "date", "text", "classification")
       SELECT $1, 100000 + $2 * 1000 + n, now(), 'Bench action', '{}' FROM generate_series(1, 1000) n`,
      [id, position],
    );
  };

  const results: [string, number, number][] = [];
  for (const [name, run, times, table] of [
    ['update one measure', update, writes, 'Measure'],
    ['insert 1,000 actions in one statement', insertActions, Math.max(10, Math.round(writes / 100)), 'Action'],
  ] as const) {
    await time(run, 50); // warm
    await setTriggers(table, false);
    const without = await time(run, times);
    await setTriggers(table, true);
    const withTriggers = await time(run, times);
    results.push([name, without, withTriggers]);
  }

  const follower = createTagFollower({
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    revalidate: async () => undefined,
    intervalMs: 3_600_000,
    log: () => undefined,
  });
  await follower.start();
  const idle = await time(async () => void (await follower.pollNow()), 1000);
  const busy = await time(async () => {
    await update();
    await follower.pollNow();
  }, 500);
  const updateAlone = await time(update, 500);
  await follower.stop();

  console.log('\nDatabase-driven revalidation (ms per operation, one client, mean)');
  console.log('| operation | without triggers | with triggers | added |');
  console.log('|---|---|---|---|');
  for (const [name, without, withTriggers] of results) {
    console.log(
      `| ${name} | ${without.toFixed(3)} | ${withTriggers.toFixed(3)} | ${(withTriggers - without).toFixed(3)} |`,
    );
  }
  console.log(`| follower poll, nothing new | | ${idle.toFixed(3)} | once a second per instance |`);
  console.log(
    `| follower poll after a measure update (its tags read) | | ${(busy - updateAlone).toFixed(3)} | per poll that finds changes |`,
  );
} finally {
  await pool.end();
  await prisma.$disconnect();
  await database.drop();
}
