// The measure's timeline: adding, editing, removing and reordering actions. Each change recomputes the status.

import 'server-only';
import { recordChange } from '@/lib/changes/record-change';
import { classifyAction } from '@/lib/status';
import { diff } from '@/lib/write/compare';
import { Refusal, type WriteContext } from '@/lib/write/editor-write';
import { recomputeMeasureStatus } from '../recompute-status';
import type { CreateActionInput, MoveActionInput, RemoveChildInput, UpdateActionInput } from '../schemas';
import { checkBodies, findChild } from './checks';
import { writeMeasure } from './write-measure';

function actionData(input: CreateActionInput) {
  return {
    date: input.date.date,
    datePrecision: input.date.precision,
    text: input.text,
    actingBodyId: input.actingBodyId,
    relatedBodyId: input.relatedBodyId,
    sourceCode: input.sourceCode,
    // Left empty, the classification comes from the text and the source code, as for imported actions.
    classification: input.classification.length
      ? input.classification
      : classifyAction({ text: input.text, sourceCode: input.sourceCode }),
  };
}

export async function addAction(ctx: WriteContext, input: CreateActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { actingBodyId: input.actingBodyId, relatedBodyId: input.relatedBodyId });
    const last = await tx.action.findFirst({
      where: { measureId: measure.id },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    const action = await tx.action.create({
      data: { measureId: measure.id, position: (last?.position ?? -1) + 1, ...actionData(input) },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'action',
      entityId: action.id,
      operation: 'create',
      measureId: measure.id,
      after: action,
    });
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: action.id }, touched: { bodyIds: [action.actingBodyId, action.relatedBodyId] } };
  });
}

export async function updateAction(ctx: WriteContext, input: UpdateActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { actingBodyId: input.actingBodyId, relatedBodyId: input.relatedBodyId });
    const current = await findChild(tx.action.findFirst({ where: { id: input.id, measureId: measure.id } }), 'action');
    const next = actionData(input);
    const change = diff(current, next);
    if (change.changed) {
      await tx.action.update({ where: { id: current.id }, data: next });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'action',
        entityId: current.id,
        operation: 'update',
        measureId: measure.id,
        before: change.before,
        after: change.after,
      });
      await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    }
    return {
      value: { id: current.id },
      touched: { bodyIds: [current.actingBodyId, current.relatedBodyId, next.actingBodyId, next.relatedBodyId] },
    };
  });
}

export async function removeAction(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.action.findFirst({ where: { id: input.id, measureId: measure.id } }), 'action');
    await tx.action.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'action',
      entityId: current.id,
      operation: 'delete',
      measureId: measure.id,
      before: current,
    });
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: current.id }, touched: { bodyIds: [current.actingBodyId, current.relatedBodyId] } };
  });
}

/** Swaps an action with its neighbour in the timeline. */
export async function moveAction(ctx: WriteContext, input: MoveActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const actions = await tx.action.findMany({
      where: { measureId: measure.id },
      orderBy: { position: 'asc' },
      select: { id: true, position: true },
    });
    const index = actions.findIndex((a) => a.id === input.id);
    if (index < 0) throw new Refusal('That action is no longer on this measure; reload the page.');
    const other = actions[input.direction === 'up' ? index - 1 : index + 1];
    if (!other) throw new Refusal(`That action is already the ${input.direction === 'up' ? 'first' : 'last'}.`);
    const moved = actions[index]!;
    // (measureId, position) is unique: park one action while the other takes its place.
    await tx.action.update({ where: { id: moved.id }, data: { position: -1 } });
    await tx.action.update({ where: { id: other.id }, data: { position: moved.position } });
    await tx.action.update({ where: { id: moved.id }, data: { position: other.position } });
    for (const [row, to] of [
      [moved, other.position],
      [other, moved.position],
    ] as const) {
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'action',
        entityId: row.id,
        operation: 'update',
        measureId: measure.id,
        before: { position: row.position },
        after: { position: to },
      });
    }
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: moved.id } };
  });
}
