// What a format's writer works with inside its file's transaction: the seed's sync helpers (prisma/seed/sync.ts,
// so imports and the seed write the same way: only what differs, one change event per write) plus what the
// report needs.
import type { ChangedRecord } from '@/lib/cache/tags';
import type { Actor } from '@/lib/changes/record-change';
import type { SeedContext } from '@/prisma/seed/sync';

export const IMPORT_ACTOR = 'import';

export type ImportContext = SeedContext & {
  file: string;
  warnings: string[];
  changed: ChangedRecord[];
  /** "Today", for measures whose session has ended (expired); now by default. */
  asOf: Date;
};

export function actorOf(ctx: ImportContext): Actor {
  return { actorId: ctx.actorId ?? null, actorLabel: ctx.actorLabel };
}

export function changeEventsSoFar(ctx: ImportContext): number {
  return ctx.report.changeEvents;
}
