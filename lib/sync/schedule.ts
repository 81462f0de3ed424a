// Scheduling on our own PostgreSQL queue (docs/decisions/040-sync-scheduling.md): every minute the worker's tick
// queues a "sync" job for each unpaused source whose next run is due, keyed by the source and that due time, so
// however many workers tick, one job is queued per firing; the run itself takes the source's lease, so one run
// per source at a time even when a job is retried or a manual run overlaps.
import type { DbClient } from '@/lib/db/client';
import type { JobHandler } from '@/lib/jobs/worker';
import { enqueueJob } from '@/lib/jobs/queue';
import { runSource, type RunOptions } from './run';
import { nextRunAfter } from './sources';

export const SYNC_JOB = 'sync';

/** Queues the due sources; sets the first next run of sources that have none. The number queued. */
export async function scheduleDueSyncs(db: DbClient, now = new Date()): Promise<number> {
  for (const s of await db.syncSource.findMany({ where: { paused: false, nextRunAt: null } }))
    await db.syncSource.update({ where: { id: s.id }, data: { nextRunAt: nextRunAfter(s.schedule, now) } });
  const due = await db.syncSource.findMany({
    where: { paused: false, nextRunAt: { lte: now } },
    select: { id: true, nextRunAt: true },
  });
  for (const s of due)
    await enqueueJob(db, {
      kind: SYNC_JOB,
      key: `sync:${s.id}:${s.nextRunAt!.toISOString()}`,
      payload: { sourceId: s.id, trigger: 'schedule' },
    });
  return due.length;
}

/** Queues a run now (the admin page's "Run now"). */
export async function enqueueRunNow(db: DbClient, sourceId: number): Promise<void> {
  await enqueueJob(db, {
    kind: SYNC_JOB,
    key: `sync:${sourceId}:manual:${Date.now()}`,
    payload: { sourceId, trigger: 'manual' },
  });
}

export function syncJobHandlers(
  db: DbClient,
  options: Pick<RunOptions, 'onChanged' | 'http'> = {},
): Record<string, JobHandler> {
  return {
    [SYNC_JOB]: async (job) => {
      const payload = job.payload as { sourceId: number; trigger?: 'schedule' | 'manual' };
      await runSource(db, payload.sourceId, { ...options, trigger: payload.trigger ?? 'schedule' });
    },
  };
}
