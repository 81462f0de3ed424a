// `npm run bench:sync [-- --files 10000 --changed 100]`: a local server in GPO's bulk data layout holding
// `files` synthetic Bill Status files (the sample H.Res. 9003 renumbered), a Congress source on a fresh database, a
// first sync of everything, then `changed` files changed at the source and a second sync. Prints the time of each
// pass, the requests of the second (target: the sitemaps plus the changed files, nothing else), the sync's peak memory
// (target < 500 MB; the server and its files live in a child process, scripts/bench/gpo-process.ts, and are not
// counted), and the time from a change at the source to a follower's notification with a schedule of every 5 minutes
// (the schedule's wait + the tick + the run + the fan-out).
// Run it as `npm run bench:sync` runs it, with the worker's heap cap (scripts/node-options.ts), or with
// NODE_OPTIONS=--max-old-space-size=<MB> to try another; and with DATABASE_URL set, or the embedded database runs in
// this process and its memory is counted with the sync's (then the memory figure is printed but not judged).
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { parseArgs } from 'node:util';
import { createDbClient } from '@/lib/db/client';
import { createWorker } from '@/lib/jobs/worker';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { runSource } from '@/lib/sync/run';
import type { BillVersion } from '@/lib/sync/testing/bills';
import { WORKER_HEAP_MB } from '../node-options';
import { createTestDatabase } from '@/lib/test/database';

const TARGET_PEAK_MB = 500;
const SCHEDULE_MINUTES = 5;
const TICK_SECONDS = 60;

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, changed: { type: 'string', default: '100' } },
});
const files = Number(values.files);
const changed = Math.min(files, Number(values.changed));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Resident memory and the JavaScript heap in use, after a full collection when node runs with --expose-gc. */
function memoryLine(): string {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const m = process.memoryUsage();
  return `memory now: RSS ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}${collect ? ' after a full GC' : ''}, buffers ${mb(m.arrayBuffers)}`;
}

/** The GPO server in its own process: put files, take the requests it saw. */
async function startGpoProcess() {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'gpo-process.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (message) => resolve(message as T));
      child.once('exit', (code) => reject(new Error(`the GPO server process exited (${code})`)));
    });
  const { url } = await next<{ url: string }>();
  return {
    url,
    async put(from: number, count: number, lastmod: Date, version?: BillVersion) {
      const done = next<{ done: true }>();
      child.send({ put: { from, count, version, lastmod: lastmod.toISOString() } });
      await done;
    },
    async takeRequests() {
      const answer = next<{ requests: string[] }>();
      child.send({ takeRequests: true });
      return (await answer).requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}

async function main() {
  const embedded = !process.env.DATABASE_URL;
  const database = await createTestDatabase(process.env.DATABASE_URL);
  const db = createDbClient(database.url, 4);
  const gpo = await startGpoProcess();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  try {
    console.log(`Database: ${database.description}`);
    const first = new Date('2024-01-01T00:00:00Z');
    console.log(
      `Heap limit of this process: ${mb(getHeapStatistics().heap_size_limit)} (\`npm run worker\` and \`npm run sync\` cap the old generation at ${WORKER_HEAP_MB} MB)`,
    );
    await gpo.put(100_000, files, first, 'referred');
    const source = await db.syncSource.create({
      data: {
        kind: 'congress-bulk',
        name: 'GPO (bench)',
        jurisdiction: 'United States',
        // fullPassEveryHours 0: both passes are sitemap passes (the figures below count sitemap requests); between
        // full passes a real source reads the feed instead, one request plus the changed files.
        settings: { baseUrl: gpo.url, congresses: ['118'], billTypes: ['hres'], concurrency: 4, fullPassEveryHours: 0 },
        schedule: `*/${SCHEDULE_MINUTES} * * * *`,
      },
    });
    const http = { ratePerSecond: 10_000 };

    let started = Date.now();
    const pass1 = await runSource(db, source.id, { http, trigger: 'command' });
    const pass1Ms = Date.now() - started;
    if (!pass1.ran) throw new Error(pass1.reason);
    console.log(
      `First pass: ${files} files in ${seconds(pass1Ms)} (${(files / (pass1Ms / 1000)).toFixed(0)} files/s), ${pass1.requests} requests, status ${pass1.status}`,
    );
    console.log(`  ${memoryLine()}`);

    // A member follows one of the measures about to change; fan-out runs in a worker as in the app.
    const user = await db.user.create({ data: { email: 'bench-follower@example.test' } });
    const followed = await db.measure.findFirstOrThrow({ where: { title: `Synced resolution ${100_000}` } });
    await db.follow.create({ data: { userId: user.id, measureId: followed.id } });
    const worker = createWorker({
      db,
      handlers: alertJobHandlers({
        db,
        mailer: null,
        from: 'bench@example.test',
        siteUrl: 'http://localhost',
        secret: 'x'.repeat(32),
      }),
      log: () => {},
    });
    // The first pass's fan-out jobs concern no follower (no one followed anything yet): dropped, not worked, so the
    // timed fan-out below is the second pass's alone.
    await db.job.deleteMany({ where: { doneAt: null } });

    const later = new Date('2024-02-01T00:00:00Z');
    await gpo.put(100_000, changed, later);
    await gpo.takeRequests();
    started = Date.now();
    const pass2 = await runSource(db, source.id, { http, trigger: 'command' });
    const pass2Ms = Date.now() - started;
    if (!pass2.ran) throw new Error(pass2.reason);
    const requests = await gpo.takeRequests();
    const sitemapRequests = requests.filter((r) => r.startsWith('/sitemap/')).length;
    const fileRequests = requests.filter((r) => r.startsWith('/bulkdata/')).length;
    const fanStart = Date.now();
    await worker.drain();
    const fanOutMs = Date.now() - fanStart;
    const notified = await db.notification.count({ where: { userId: user.id } });

    console.log(
      `Second pass: ${changed} of ${files} changed, ${seconds(pass2Ms)}; ${requests.length} requests = ${sitemapRequests} sitemaps (index + 1) + ${fileRequests} files (target ${2 + changed}: ${requests.length === 2 + changed ? 'met' : 'NOT met'}); updated ${pass2.counts.updated}, unchanged ${pass2.counts.unchanged}, failed ${pass2.counts.failed}`,
    );
    console.log(
      `Follower notified: ${notified > 0 ? 'yes' : 'NO'} (${notified} notifications); fan-out ${seconds(fanOutMs)}`,
    );
    const worst = SCHEDULE_MINUTES * 60_000 + TICK_SECONDS * 1000 + pass2Ms + fanOutMs;
    const average = (SCHEDULE_MINUTES * 60_000) / 2 + (TICK_SECONDS * 1000) / 2 + pass2Ms + fanOutMs;
    console.log(
      `Change at the source → follower's notification, schedule every ${SCHEDULE_MINUTES} min: at most ${seconds(worst)}, on average ${seconds(average)} (schedule wait + ${TICK_SECONDS} s tick + run ${seconds(pass2Ms)} + fan-out ${seconds(fanOutMs)}; GPO's own publishing delay not included)`,
    );
    const peakMb = peakRss / 1024 / 1024;
    // Without DATABASE_URL the database is PGlite inside this process: its WebAssembly heap is in the RSS too (632 MB
    // at 10,000 files against 312 MB on PostgreSQL), so the figure is not the sync's and is not judged.
    const verdict = embedded
      ? 'not judged: this process also runs the embedded PGlite database; set DATABASE_URL to a PostgreSQL server to measure the sync alone'
      : `target < ${TARGET_PEAK_MB} MB: ${peakMb < TARGET_PEAK_MB ? 'met' : 'NOT met'}`;
    console.log(
      `Peak memory of the sync (RSS; the GPO server runs in its own process): ${peakMb.toFixed(0)} MB (${verdict})`,
    );
  } finally {
    clearInterval(sampler);
    await gpo.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
