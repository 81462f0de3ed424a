// The stored status of a measure is derived from its ordered actions (lib/status) and rewritten here after
// every change to them, with a change event when it moves.

import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import { deriveStatus } from '@/lib/status';
import { chambersOf, chambersSelect } from './chambers';

const STATUS_FIELDS = ['stage', 'outcome', 'currentBodyId', 'stageDate', 'lastActionDate'] as const;

type StatusField = (typeof STATUS_FIELDS)[number];

// Dates are compared as days: the columns are DATE, and lib/status may give a Date or a "YYYY-MM-DD" string.
function dayOf(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  return (value instanceof Date ? value.toISOString() : value).slice(0, 10);
}

function toDate(value: Date | string | null | undefined): Date | null {
  const day = dayOf(value);
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return dayOf(a as Date | string | null) === dayOf(b as Date | string | null);
  }
  return (a ?? null) === (b ?? null);
}

async function countChambers(tx: DbTx, originBodyId: number): Promise<1 | 2> {
  return chambersOf(await tx.body.findUniqueOrThrow({ where: { id: originBodyId }, select: chambersSelect }));
}

export type RecomputeOptions = {
  /** Who caused the recomputation (the editor who added an action, "import", "seed"). */
  actor?: Actor;
  /** "Today", for deciding whether the measure's session has ended; now by default. */
  asOf?: Date;
};

/**
 * Derives the status from the measure's actions and stores it when it differs (recording the change, by the actor).
 * A measure still pending when its session has ended is expired. The version is left alone: status is not what an
 * editor edits, so a new action must not make their open form stale.
 */
export async function recomputeMeasureStatus(tx: DbTx, measureId: number, options: RecomputeOptions = {}) {
  const actor = options.actor ?? { actorLabel: 'system' };
  const asOf = options.asOf ?? new Date();
  const measure = await tx.measure.findUniqueOrThrow({
    where: { id: measureId },
    select: {
      type: true,
      originBodyId: true,
      stage: true,
      outcome: true,
      currentBodyId: true,
      stageDate: true,
      lastActionDate: true,
      session: { select: { endDate: true } },
      actions: {
        orderBy: { position: 'asc' },
        select: { date: true, classification: true, actingBodyId: true, relatedBodyId: true },
      },
    },
  });

  const sessionEnd = measure.session?.endDate;
  const status = deriveStatus(
    {
      type: measure.type,
      chambers: await countChambers(tx, measure.originBodyId),
      originBodyId: measure.originBodyId,
      actions: measure.actions,
    },
    { sessionEnded: sessionEnd != null && sessionEnd.getTime() <= asOf.getTime() },
  );

  const changed = STATUS_FIELDS.filter((field) => !sameValue(measure[field], status[field]));
  if (changed.length === 0) return status;

  const before: Partial<Record<StatusField, unknown>> = {};
  const after: Partial<Record<StatusField, unknown>> = {};
  for (const field of changed) {
    before[field] = measure[field];
    after[field] = status[field] ?? null;
  }
  await tx.measure.update({
    where: { id: measureId },
    data: {
      stage: status.stage,
      outcome: status.outcome,
      currentBodyId: status.currentBodyId ?? null,
      stageDate: toDate(status.stageDate),
      lastActionDate: toDate(status.lastActionDate),
    },
  });
  await recordChange(tx, { ...actor, entityType: 'measure', entityId: measureId, operation: 'update', measureId, before, after });
  return status;
}
