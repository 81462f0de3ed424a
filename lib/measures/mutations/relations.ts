// The measure's relations to other measures (companion, amends, supersedes...), seen from the measure's editor.

import 'server-only';
import { recordChange } from '@/lib/changes/record-change';
import { insertRelation } from '@/lib/relations/insert';
import { diff } from '@/lib/write/compare';
import { refuse, type WriteContext } from '@/lib/write/editor-write';
import type { CreateRelationInput, RemoveChildInput, UpdateRelationInput } from '../schemas';
import { findChild } from './checks';
import { writeMeasure } from './write-measure';

export async function addRelation(ctx: WriteContext, input: CreateRelationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const inserted = await insertRelation(tx, ctx.actor, measure.id, input);
    if (!inserted.ok) return refuse(inserted.field, inserted.message);
    return {
      value: { id: inserted.id, toMeasureId: inserted.toMeasureId },
      touched: { measureIds: [inserted.toMeasureId] },
    };
  });
}

export async function updateRelation(ctx: WriteContext, input: UpdateRelationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.measureRelation.findFirst({ where: { id: input.id, fromMeasureId: measure.id } }),
      'relation',
    );
    if (input.type !== current.type) {
      const target =
        current.toMeasureId != null
          ? { toMeasureId: current.toMeasureId }
          : { toMeasureId: null, targetNormalized: current.targetNormalized };
      if (
        await tx.measureRelation.count({
          where: { fromMeasureId: measure.id, type: input.type, ...target, id: { not: current.id } },
        })
      ) {
        refuse('type', 'This measure already has that relation to the same measure.');
      }
    }
    const next = { type: input.type, evidenceQuote: input.evidenceQuote, evidenceUrl: input.evidenceUrl };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measureRelation.update({ where: { id: current.id }, data: next });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measureRelation',
        entityId: current.id,
        operation: 'update',
        measureId: measure.id,
        before: change.before,
        after: change.after,
      });
    }
    return { value: { id: current.id }, touched: { measureIds: [current.toMeasureId] } };
  });
}

export async function removeRelation(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.measureRelation.findFirst({ where: { id: input.id, fromMeasureId: measure.id } }),
      'relation',
    );
    await tx.measureRelation.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measureRelation',
      entityId: current.id,
      operation: 'delete',
      measureId: measure.id,
      before: current,
    });
    return { value: { id: current.id }, touched: { measureIds: [current.toMeasureId] } };
  });
}
