// An editor's correction of the status derived from the actions, and its removal.

import 'server-only';
import { recordChange } from '@/lib/changes/record-change';
import { Refusal, type WriteContext } from '@/lib/write/editor-write';
import type { MeasureRef, StatusOverrideInput } from '../schemas';
import { writeMeasure } from './write-measure';

const overrideSelect = {
  overrideStage: true,
  overrideOutcome: true,
  overrideReason: true,
  overrideById: true,
  overrideAt: true,
} as const;

/** An editor's correction of the derived status, stored with its author and reason (the page shows both). */
export async function setStatusOverride(ctx: WriteContext, input: StatusOverrideInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    if (!ctx.actor.actorId) throw new Refusal('A status override must be made by a signed-in editor.');
    const before = await tx.measure.findUniqueOrThrow({ where: { id: measure.id }, select: overrideSelect });
    const after = await tx.measure.update({
      where: { id: measure.id },
      data: {
        overrideStage: input.overrideStage ?? null,
        overrideOutcome: input.overrideOutcome ?? null,
        overrideReason: input.reason,
        overrideById: ctx.actor.actorId,
        overrideAt: new Date(),
      },
      select: overrideSelect,
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measure',
      entityId: measure.id,
      operation: 'update',
      measureId: measure.id,
      before,
      after,
    });
    return { value: { id: measure.id } };
  });
}

export async function clearStatusOverride(ctx: WriteContext, input: MeasureRef) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const before = await tx.measure.findUniqueOrThrow({ where: { id: measure.id }, select: overrideSelect });
    if (!before.overrideReason && !before.overrideStage && !before.overrideOutcome)
      throw new Refusal('The status is not overridden.');
    const after = await tx.measure.update({
      where: { id: measure.id },
      data: { overrideStage: null, overrideOutcome: null, overrideReason: null, overrideById: null, overrideAt: null },
      select: overrideSelect,
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measure',
      entityId: measure.id,
      operation: 'update',
      measureId: measure.id,
      before,
      after,
    });
    return { value: { id: measure.id } };
  });
}
