// Brings stored statuses up to today's rules (`npm run db:recompute-status`): the classification of each action
// taken from an official record is read again from its text and code, then the status is derived again. Each
// correction is a change event, so followers hear of it like any other change. Actions an editor entered keep the
// classification the editor chose (they carry no source system); a council CSV's actions are reclassified by its
// next import.
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type Actor } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { classifyAction } from '@/lib/status';
import { recomputeMeasureStatus } from './recompute-status';

export const HEAL_ACTOR: Actor = { actorLabel: 'status-recompute' };

export type HealReport = {
  measures: number;
  actionsReclassified: number;
  statusesChanged: number;
  changed: ChangedRecord[];
};

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

async function healMeasure(db: DbClient, measureId: number, asOf: Date) {
  return db.$transaction(async (tx) => {
    const actions = await tx.action.findMany({
      where: { measureId, sourceSystem: { not: null } },
      select: { id: true, text: true, sourceCode: true, classification: true },
    });
    let reclassified = 0;
    for (const action of actions) {
      const classification = classifyAction({ text: action.text, sourceCode: action.sourceCode });
      if (sameTags(classification, action.classification)) continue;
      await tx.action.update({ where: { id: action.id }, data: { classification } });
      await recordChange(tx, {
        ...HEAL_ACTOR,
        entityType: 'action',
        entityId: action.id,
        operation: 'update',
        measureId,
        before: { classification: action.classification },
        after: { classification },
      });
      reclassified++;
    }
    const before = await tx.measure.findUniqueOrThrow({
      where: { id: measureId },
      select: { slug: true, stage: true, outcome: true, currentBodyId: true, lawNumber: true },
    });
    const after = await recomputeMeasureStatus(tx, measureId, { actor: HEAL_ACTOR, asOf });
    const moved =
      before.stage !== after.stage ||
      before.outcome !== after.outcome ||
      before.currentBodyId !== after.currentBodyId ||
      before.lawNumber !== after.lawNumber;
    return {
      reclassified,
      moved,
      slug: before.slug,
      bodyIds: [before.currentBodyId, after.currentBodyId].flatMap((id) => (id ? [id] : [])),
    };
  });
}

/** Every measure, a batch of ids at a time, each in its own transaction. */
export async function healStatuses(
  db: DbClient,
  /** `fromId`: start at this measure id (resume a long run where it stopped; progress reports the ids done). */
  options: { asOf?: Date; onProgress?: (done: number) => void; fromId?: number } = {},
): Promise<HealReport> {
  const asOf = options.asOf ?? new Date();
  const report: HealReport = { measures: 0, actionsReclassified: 0, statusesChanged: 0, changed: [] };
  let after = (options.fromId ?? 1) - 1;
  for (;;) {
    const batch = await db.measure.findMany({
      where: { id: { gt: after } },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: 500,
    });
    if (!batch.length) return report;
    for (const { id } of batch) {
      const healed = await healMeasure(db, id, asOf);
      report.measures++;
      report.actionsReclassified += healed.reclassified;
      if (healed.moved) report.statusesChanged++;
      if (healed.moved || healed.reclassified)
        report.changed.push({ kind: 'measure', id, slug: healed.slug, bodyIds: healed.bodyIds });
    }
    after = batch.at(-1)!.id;
    options.onProgress?.(report.measures);
  }
}
