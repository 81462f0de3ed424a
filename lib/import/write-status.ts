// The measure's stored status after a file is written: derived (lib/status) from the timeline the file has just
// written, held in memory, instead of read back. The derivation and the comparison are recomputeMeasureStatus's,
// which took 7 of a new measure's 22 queries.
import type { Measure } from '@/lib/generated/prisma/client';
import { countChambers, recordLawsOf, sessionEnded, statusUpdate } from '@/lib/measures/recompute-status';
import { deriveStatus, type StatusAction } from '@/lib/status';
import { actorOf, memoized, type ImportContext } from './context';
import { count } from './count';
import { recordLater } from './create-recorded';

type MeasureRow = Pick<
  Measure,
  | 'id'
  | 'type'
  | 'originBodyId'
  | 'sessionId'
  | 'stage'
  | 'outcome'
  | 'currentBodyId'
  | 'finalBodyId'
  | 'stageDate'
  | 'outcomeDate'
  | 'lawType'
  | 'lawNumber'
  | 'lastActionDate'
  | 'recordLaws'
>;

// Looked up once per run: an import never adds a chamber to a legislature, nor changes a session's dates.
function chambersOf(ctx: ImportContext, bodyId: number) {
  return memoized(ctx, `chambers:${bodyId}`, () => countChambers(ctx.tx, bodyId));
}

async function sessionEndOf(ctx: ImportContext, sessionId: number | null) {
  if (sessionId === null) return null;
  return memoized(
    ctx,
    `session-end:${sessionId}`,
    async () =>
      (await ctx.tx.legislativeSession.findUniqueOrThrow({ where: { id: sessionId }, select: { endDate: true } }))
        .endDate,
  );
}

/** Stores the status `timeline` (the measure's actions in order) gives, when it moved; its event goes with the file's others. */
export async function writeStatus(ctx: ImportContext, measure: MeasureRow, timeline: StatusAction[]) {
  const status = deriveStatus(
    {
      type: measure.type,
      chambers: await chambersOf(ctx, measure.originBodyId),
      originBodyId: measure.originBodyId,
      actions: timeline,
      laws: recordLawsOf(measure.recordLaws),
    },
    { sessionEnded: sessionEnded(await sessionEndOf(ctx, measure.sessionId), ctx.asOf) },
  );
  const update = statusUpdate(measure, status);
  if (!update) return status;
  await ctx.tx.measure.update({ where: { id: measure.id }, data: update.data, select: { id: true } });
  recordLater(ctx, {
    ...actorOf(ctx),
    entityType: 'measure',
    entityId: measure.id,
    operation: 'update',
    measureId: measure.id,
    before: update.before,
    after: update.after,
  });
  count(ctx, 'updated', 'measure', 1);
  return status;
}
