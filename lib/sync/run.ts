// One run of one source: claims the source (a lease on its row: a second worker or instance finds it taken and
// does nothing), records a SyncRun, lets the source's kind read and import what changed, and records counts,
// errors and the next run. A run that dies midway leaves its lease to expire; the next run marks it interrupted
// and, since every item's cursor is saved as soon as the item is written, takes up what was left.
import { randomUUID } from 'node:crypto';
import type { ChangedRecord } from '@/lib/cache/tags';
import type { DbClient } from '@/lib/db/client';
import type { SyncSource } from '@/lib/generated/prisma/client';
import { config } from '@/lib/config/env';
import { runCongressBulk } from './congress';
import { CONGRESS_API_RATE_PER_SECOND, runCongressApi } from './congress-api';
import { createHttpClient, type HttpClient, type HttpOptions } from './http';
import { runLegistar } from './legistar';
import { nextRunAfter, syncActor, type SourceKind } from './sources';

export type Counts = {
  fetched: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
};

export type RunContext = {
  db: DbClient;
  source: SyncSource;
  runId: number;
  http: HttpClient;
  actorLabel: string;
  counts: Counts;
  changed: ChangedRecord[];
  log(line: string): void;
  /** One item could not be taken: recorded with the item, and the run goes on. */
  report(itemKey: string, message: string, url?: string | null): Promise<void>;
  /** Extends the lease; throws when another worker has taken the source over (this run must stop). */
  heartbeat(): Promise<void>;
};

export type RunOptions = {
  trigger?: 'schedule' | 'manual' | 'command';
  workerId?: string;
  /** The lease: longer than the gap between two items (heartbeats renew it). */
  leaseMs?: number;
  http?: HttpOptions;
  /** Pages changed by the run, for revalidation (the app's in-process revalidation, or the remote one). */
  onChanged?: (changed: ChangedRecord[]) => Promise<unknown>;
  /** The Congress.gov API key; CONGRESS_API_KEY by default (tests give their own). */
  congressApiKey?: string;
  /** For tests: stop after this many items, as if the process died (no bookkeeping at the end). */
  dieAfterItems?: number;
};

export type RunResult =
  | { ran: false; reason: string }
  | { ran: true; runId: number; status: string; counts: Counts; requests: number; errors: number };

export class RunAborted extends Error {
  override name = 'RunAborted';
}

/** Takes the source for this worker if no one holds it (or the holder's lease ran out). */
async function claim(db: DbClient, sourceId: number, workerId: string, leaseMs: number): Promise<SyncSource | null> {
  const until = new Date(Date.now() + leaseMs);
  const rows = await db.$queryRaw<{ id: number }[]>`
    UPDATE "SyncSource" SET "lockedBy" = ${workerId}, "lockedUntil" = ${until}
    WHERE "id" = ${sourceId} AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
    RETURNING "id"`;
  if (!rows.length) return null;
  return db.syncSource.findUnique({ where: { id: sourceId } });
}

async function release(db: DbClient, sourceId: number, workerId: string, data: Record<string, unknown>) {
  await db.syncSource.updateMany({
    where: { id: sourceId, lockedBy: workerId },
    data: { ...data, lockedBy: null, lockedUntil: null },
  });
}

export async function runSource(db: DbClient, sourceId: number, options: RunOptions = {}): Promise<RunResult> {
  const workerId = options.workerId ?? `sync:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const exists = await db.syncSource.findUnique({ where: { id: sourceId }, select: { id: true } });
  if (!exists) return { ran: false, reason: `no source ${sourceId} (removed?)` };
  const source = await claim(db, sourceId, workerId, leaseMs);
  if (!source) return { ran: false, reason: 'a run of this source is already going on elsewhere' };

  // A run left "running" by a worker that died: its lease ran out, so it is over.
  await db.syncRun.updateMany({
    where: { sourceId, status: 'running' },
    data: { status: 'interrupted', finishedAt: new Date() },
  });
  const run = await db.syncRun.create({
    data: { sourceId, trigger: options.trigger ?? 'schedule', status: 'running' },
  });
  // Congress.gov allows 5,000 requests an hour per key: the per-host rate keeps under it.
  const http = createHttpClient({
    ...(source.kind === 'congress-api' ? { ratePerSecond: CONGRESS_API_RATE_PER_SECOND } : {}),
    ...options.http,
  });
  const counts: Counts = { fetched: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const lines: string[] = [];
  let errors = 0;
  let items = 0;
  let lastBeat = Date.now();
  const ctx: RunContext = {
    db,
    source,
    runId: run.id,
    http,
    actorLabel: syncActor(source.name),
    counts,
    changed: [],
    log: (line) => void lines.push(`${new Date().toISOString()} ${line}`),
    async report(itemKey, message, url) {
      errors++;
      await db.syncRunError.create({
        data: { runId: run.id, itemKey, message: message.slice(0, 2000), url: url ?? null },
      });
    },
    async heartbeat() {
      items++;
      if (options.dieAfterItems !== undefined && items > options.dieAfterItems) throw new RunAborted('killed (test)');
      if (Date.now() - lastBeat < leaseMs / 4) return;
      lastBeat = Date.now();
      const { count } = await db.syncSource.updateMany({
        where: { id: sourceId, lockedBy: workerId },
        data: { lockedUntil: new Date(Date.now() + leaseMs) },
      });
      if (!count) throw new RunAborted('the source was removed or taken over by another worker');
    },
  };

  let status = 'succeeded';
  try {
    if ((source.kind as SourceKind) === 'congress-bulk') await runCongressBulk(ctx);
    else if ((source.kind as SourceKind) === 'congress-api')
      await runCongressApi(ctx, options.congressApiKey ?? config().congressApiKey);
    else if ((source.kind as SourceKind) === 'legistar') await runLegistar(ctx);
    else throw new Error(`unknown source kind "${source.kind}"`);
    if (errors > 0) status = 'partial';
  } catch (error) {
    if (error instanceof RunAborted && options.dieAfterItems !== undefined) {
      // As if the process had died here: nothing more is written, the lease stays until it runs out.
      return { ran: true, runId: run.id, status: 'running', counts, requests: http.totalRequests(), errors };
    }
    status = 'failed';
    ctx.log(`run failed: ${error instanceof Error ? error.message : String(error)}`);
    await ctx.report('(run)', error instanceof Error ? error.message : String(error)).catch(() => {});
  }
  const finishedAt = new Date();
  try {
    if (ctx.changed.length && options.onChanged) ctx.log(String(await options.onChanged(ctx.changed)));
  } catch (error) {
    ctx.log(`revalidation failed: ${String(error)}`);
  }
  // The source may have been removed meanwhile: then its runs went with it.
  await db.syncRun.updateMany({
    where: { id: run.id },
    data: { status, finishedAt, requests: http.totalRequests(), ...counts, log: lines.slice(-200) },
  });
  await release(db, sourceId, workerId, {
    lastRunAt: finishedAt,
    nextRunAt: nextRunAfter(source.schedule, finishedAt),
  });
  return { ran: true, runId: run.id, status, counts, requests: http.totalRequests(), errors };
}
