// A sync source's writes go through the importer's one write path (lib/import): each item in a transaction of its
// own with an import context, its change events written before it commits and its changed pages kept for the run.
import type { ImportContext } from '@/lib/import/context';
import { flushEvents } from '@/lib/import/create-recorded';
import { emptyReport } from '@/lib/write/sync';
import type { RunContext } from './run';

/** Runs `write` in a transaction with an import context: its result and how many change events it wrote. */
export async function inImport<T>(
  ctx: RunContext,
  write: (ictx: ImportContext) => Promise<T>,
): Promise<{ result: T; events: number }> {
  return ctx.db.$transaction(
    async (tx) => {
      const ictx: ImportContext = {
        tx,
        report: emptyReport(),
        actorLabel: ctx.actorLabel,
        actorId: null,
        log: () => {},
        file: ctx.source.name,
        warnings: [],
        changed: [],
        asOf: new Date(),
        memo: new Map(),
        memoPending: new Map(),
        pendingEvents: [],
      };
      const result = await write(ictx);
      await flushEvents(ictx);
      ctx.changed.push(...ictx.changed);
      return { result, events: ictx.report.changeEvents };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
