// A worker loop: claims due jobs, runs each by its kind, marks it done or puts it back with backoff. Runs inside
// the Next server (instrumentation.ts) and as `npm run worker`; any number of them share one queue safely.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { DbTx } from '@/lib/changes/record-change';
import { describeError } from '@/lib/jobs/describe-error';
import { claimJobs, completeJob, failJob, pruneJobs, type ClaimedJob } from '@/lib/jobs/queue';

export type JobHandler = (job: ClaimedJob) => Promise<void>;

export type WorkerOptions = {
  db: DbTx;
  handlers: Record<string, JobHandler>;
  /** Jobs claimed per round. */
  batchSize?: number;
  /** Jobs of one round run this many at a time. */
  concurrency?: number;
  /** Longer than any one job can take (SMTP timeouts are below it), or a second worker would take it too. */
  leaseMs?: number;
  /** Wait between rounds when the queue was empty. */
  idleMs?: number;
  /** Runs at most once a minute in the loop: queues periodic work (digests). */
  everyMinute?: () => Promise<void>;
  log?: (line: string) => void;
};

export type Worker = {
  id: string;
  /** One round: claims and runs what is due; the number of jobs run. */
  runOnce(): Promise<number>;
  /** Rounds until the queue is empty (for tests and scripts). */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
};

const DAY_MS = 86_400_000;

export function createWorker(options: WorkerOptions): Worker {
  const {
    db,
    handlers,
    batchSize = 50,
    concurrency = 10,
    leaseMs = 5 * 60_000,
    idleMs = 1_000,
    everyMinute,
    log = console.log,
  } = options;
  const id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let lastPrune = 0;
  let lastMinute = 0;

  async function runJob(job: ClaimedJob) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}"`);
      await handler(job);
      await completeJob(db, job, id);
    } catch (error) {
      await failJob(db, job, id, error);
      const message = describeError(error);
      log(`worker: job ${job.key} failed (attempt ${job.attempts} of ${job.maxAttempts}): ${message}`);
    }
  }

  async function runOnce(): Promise<number> {
    const jobs = await claimJobs(db, { workerId: id, limit: batchSize, leaseMs });
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
      while (next < jobs.length) await runJob(jobs[next++]!);
    });
    await Promise.all(lanes);
    return jobs.length;
  }

  async function drain() {
    let total = 0;
    for (let ran = await runOnce(); ran > 0; ran = await runOnce()) total += ran;
    return total;
  }

  async function forever() {
    while (running) {
      let ran = 0;
      try {
        if (everyMinute && Date.now() - lastMinute >= 60_000) {
          lastMinute = Date.now();
          await everyMinute();
        }
        ran = await runOnce();
        if (Date.now() - lastPrune > DAY_MS / 24) {
          lastPrune = Date.now();
          await pruneJobs(db, 7 * DAY_MS);
        }
      } catch (error) {
        // The database may be restarting: wait and try again rather than end the loop.
        log(`worker: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (ran === 0 && running) await new Promise<void>((resolve) => setTimeout((wake = resolve), idleMs));
    }
  }

  return {
    id,
    runOnce,
    drain,
    start() {
      if (running) return;
      running = true;
      loop = forever();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}

/**
 * Jobs run at once by one worker. The embedded PGlite serves every connection from one session, and interleaved
 * prepared statements from concurrent queries can trip over each other there, so a worker on it runs one job at a
 * time; PostgreSQL takes twenty (mail throughput is bound by SMTP round trips, not by the database).
 */
export async function jobConcurrencyFor(db: DbTx): Promise<number> {
  const [row] = await db.$queryRaw<{ version: string }[]>`SELECT version() AS "version"`;
  return row?.version.includes('PGlite') ? 1 : 20;
}
