// The job queue: rows of "Job" in PostgreSQL. Claimed with FOR UPDATE SKIP LOCKED under a lease, so several
// workers never take the same job and a worker that dies mid-job lets it go when its lease runs out; failures are
// retried later with exponential backoff. Works the same on PostgreSQL 15 and on the embedded PGlite (one
// statement per step, no transaction held open while a job runs). See docs/decisions/009-alerts-job-queue.md.
import type { DbTx } from '@/lib/changes/record-change';
import type { Prisma } from '@/lib/generated/prisma/client';
import { describeError } from '@/lib/jobs/describe-error';

export type ClaimedJob = {
  id: bigint;
  kind: string;
  key: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
};

/** Queues a job once per key: a second enqueue of the same key does nothing. */
export async function enqueueJob(
  db: DbTx,
  job: { kind: string; key: string; payload: Prisma.InputJsonValue; runAt?: Date },
) {
  const now = new Date();
  await db.job.createMany({
    data: [{ kind: job.kind, key: job.key, payload: job.payload, runAt: job.runAt ?? now, createdAt: now }],
    skipDuplicates: true,
  });
}

/** Takes up to `limit` due jobs for `workerId` until `leaseMs` from now; each claim counts as an attempt. */
export async function claimJobs(
  db: DbTx,
  options: { workerId: string; limit: number; leaseMs: number; now?: Date },
): Promise<ClaimedJob[]> {
  const now = options.now ?? new Date();
  const lockedUntil = new Date(now.getTime() + options.leaseMs);
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "lockedBy" = ${options.workerId}, "lockedUntil" = ${lockedUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "runAt", "id"
      LIMIT ${options.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "key", "payload", "attempts", "maxAttempts"`;
}

/** Marks a job done, if this worker still holds it. */
export async function completeJob(db: DbTx, job: ClaimedJob, workerId: string) {
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId },
    data: { doneAt: new Date(), lockedBy: null, lockedUntil: null, lastError: null },
  });
}

/** 10 s, 20 s, 40 s ... capped at one hour: an SMTP outage of a day is still within ten attempts' reach of the cap. */
export function backoffMs(attempts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/** Puts a failed job back for a later attempt, or gives it up after its last attempt (kept with its error). */
export async function failJob(db: DbTx, job: ClaimedJob, workerId: string, error: unknown) {
  const now = new Date();
  const message = describeError(error);
  const last = job.attempts >= job.maxAttempts;
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId },
    data: {
      lockedBy: null,
      lockedUntil: null,
      lastError: message.slice(0, 2000),
      ...(last ? { failedAt: now } : { runAt: new Date(now.getTime() + backoffMs(job.attempts)) }),
    },
  });
}

/** Removes finished jobs older than `olderThanMs`, so the table keeps only recent history. */
export async function pruneJobs(db: DbTx, olderThanMs: number) {
  const before = new Date(Date.now() - olderThanMs);
  const { count } = await db.job.deleteMany({ where: { doneAt: { lt: before } } });
  return count;
}
