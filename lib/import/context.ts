// What a format's writer works with inside its file's transaction: the one write path's sync (lib/write/sync.ts,
// so imports and the seed write the same way: only what differs, one change event per write) plus what the
// report needs.
import type { ChangedRecord } from '@/lib/cache/tags';
import type { Actor } from '@/lib/changes/record-change';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SyncContext } from '@/lib/write/sync';

export const IMPORT_ACTOR = 'import';

export type ImportContext = SyncContext & {
  file: string;
  warnings: string[];
  changed: ChangedRecord[];
  /** "Today", for measures whose session has ended (expired); now by default. */
  asOf: Date;
  /** Ids found by earlier files of the run (the Congress, its sessions and committees), committed ones only. */
  memo: Map<string, unknown>;
  /** Ids this file found or made: kept for the next files only if its transaction commits. */
  memoPending: Map<string, unknown>;
  /** Change events of rows created in bulk, written in one statement before the file's transaction commits. */
  pendingEvents: Prisma.ChangeEventCreateManyInput[];
};

/** A lookup done once per run instead of once per file. */
export async function memoized<T>(ctx: ImportContext, key: string, find: () => Promise<T>): Promise<T> {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  if (ctx.memoPending.has(key)) return ctx.memoPending.get(key) as T;
  const value = await find();
  ctx.memoPending.set(key, value);
  return value;
}

export function actorOf(ctx: ImportContext): Actor {
  return { actorId: ctx.actorId ?? null, actorLabel: ctx.actorLabel };
}

export function changeEventsSoFar(ctx: ImportContext): number {
  return ctx.report.changeEvents;
}
