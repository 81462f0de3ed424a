// The stored status of a measure is derived from its ordered actions (lib/status) and rewritten here after
// every change to them, with a change event when it moves.

import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import type { Measure } from '@/lib/generated/prisma/client';
import { dayOf, sameValue } from '@/lib/write/compare';
import { deriveStatus, parseLaw, type DerivedStatus, type LawCitation } from '@/lib/status';
import { chambersOf, chambersSelect } from './chambers';

const STATUS_FIELDS = [
  'stage',
  'outcome',
  'currentBodyId',
  'finalBodyId',
  'stageDate',
  'outcomeDate',
  'lawType',
  'lawNumber',
  'lastActionDate',
] as const;

type StatusField = (typeof STATUS_FIELDS)[number];

// The status's dates are DATE columns, and lib/status may give a Date or a "YYYY-MM-DD" string: stored as the day.
function toDate(value: Date | string | null | undefined): Date | null {
  const day = dayOf(value);
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

export async function countChambers(tx: DbTx, originBodyId: number): Promise<1 | 2> {
  return chambersOf(await tx.body.findUniqueOrThrow({ where: { id: originBodyId }, select: chambersSelect }));
}

/** Whether the session had ended by `asOf`: a measure still pending then is expired. */
export function sessionEnded(endDate: Date | null | undefined, asOf: Date): boolean {
  return endDate != null && endDate.getTime() <= asOf.getTime();
}

export type StoredStatus = Pick<Measure, StatusField>;

/** The laws the record names (stored as "Public Law 117-169"), as the derivation reads them. */
export function recordLawsOf(recordLaws: readonly string[]): LawCitation[] {
  return recordLaws.flatMap((text) => parseLaw(text) ?? []);
}

/**
 * What storing `status` over the `stored` one writes (the row's new fields, and the change event's before and
 * after), or null when nothing moved. recomputeMeasureStatus and the importer (which derives the status from the
 * actions it has just written instead of reading them back) both store it through this.
 */
export function statusUpdate(stored: StoredStatus, status: DerivedStatus) {
  const changed = STATUS_FIELDS.filter((field) => !sameValue(field, stored[field], status[field]));
  if (changed.length === 0) return null;
  const before: Partial<Record<StatusField, unknown>> = {};
  const after: Partial<Record<StatusField, unknown>> = {};
  for (const field of changed) {
    before[field] = stored[field];
    after[field] = status[field] ?? null;
  }
  const data = {
    stage: status.stage,
    outcome: status.outcome,
    currentBodyId: status.currentBodyId ?? null,
    finalBodyId: status.finalBodyId ?? null,
    stageDate: toDate(status.stageDate),
    outcomeDate: toDate(status.outcomeDate),
    lawType: status.lawType,
    lawNumber: status.lawNumber,
    lastActionDate: toDate(status.lastActionDate),
  };
  return { data, before, after };
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
      finalBodyId: true,
      stageDate: true,
      outcomeDate: true,
      lawType: true,
      lawNumber: true,
      lastActionDate: true,
      recordLaws: true,
      session: { select: { endDate: true } },
      actions: {
        orderBy: { position: 'asc' },
        select: { date: true, classification: true, actingBodyId: true, relatedBodyId: true, text: true },
      },
    },
  });

  const status = deriveStatus(
    {
      type: measure.type,
      chambers: await countChambers(tx, measure.originBodyId),
      originBodyId: measure.originBodyId,
      actions: measure.actions,
      laws: recordLawsOf(measure.recordLaws),
    },
    { sessionEnded: sessionEnded(measure.session?.endDate, asOf) },
  );

  const update = statusUpdate(measure, status);
  if (!update) return status;
  await tx.measure.update({ where: { id: measureId }, data: update.data });
  await recordChange(tx, {
    ...actor,
    entityType: 'measure',
    entityId: measureId,
    operation: 'update',
    measureId,
    before: update.before,
    after: update.after,
  });
  return status;
}
