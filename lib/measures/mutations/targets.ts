// The measure's addressees: the bodies, people or named entities it calls on to act.

import 'server-only';
import { recordChange } from '@/lib/changes/record-change';
import { diff } from '@/lib/write/compare';
import { refuse, type WriteContext } from '@/lib/write/editor-write';
import type { CreateTargetInput, RemoveChildInput, TargetInput } from '../schemas';
import { checkBodies, findChild } from './checks';
import { writeMeasure } from './write-measure';

export async function addTarget(ctx: WriteContext, input: CreateTargetInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { bodyId: input.bodyId });
    if (input.personId != null && !(await tx.person.count({ where: { id: input.personId } })))
      refuse('personId', 'That person no longer exists; choose another.');
    const last = await tx.measureTarget.findFirst({
      where: { measureId: measure.id },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    const target = await tx.measureTarget.create({
      data: {
        measureId: measure.id,
        verb: input.verb,
        bodyId: input.bodyId,
        personId: input.personId,
        entityName: input.entityName,
        roleAsWritten: input.roleAsWritten,
        quote: input.quote,
        position: (last?.position ?? -1) + 1,
      },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measureTarget',
      entityId: target.id,
      operation: 'create',
      measureId: measure.id,
      after: target,
    });
    return { value: { id: target.id }, touched: { bodyIds: [target.bodyId], personIds: [target.personId] } };
  });
}

export async function updateTarget(ctx: WriteContext, input: TargetInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.measureTarget.findFirst({ where: { id: input.id, measureId: measure.id } }),
      'addressee',
    );
    await checkBodies(tx, { bodyId: input.bodyId });
    if (input.personId != null && !(await tx.person.count({ where: { id: input.personId } })))
      refuse('personId', 'That person no longer exists; choose another.');
    const next = {
      verb: input.verb,
      bodyId: input.bodyId,
      personId: input.personId,
      entityName: input.entityName,
      roleAsWritten: input.roleAsWritten,
      quote: input.quote,
    };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measureTarget.update({ where: { id: current.id }, data: next });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measureTarget',
        entityId: current.id,
        operation: 'update',
        measureId: measure.id,
        before: change.before,
        after: change.after,
      });
    }
    return {
      value: { id: current.id },
      touched: { bodyIds: [current.bodyId, next.bodyId], personIds: [current.personId, next.personId] },
    };
  });
}

export async function removeTarget(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.measureTarget.findFirst({ where: { id: input.id, measureId: measure.id } }),
      'addressee',
    );
    await tx.measureTarget.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measureTarget',
      entityId: current.id,
      operation: 'delete',
      measureId: measure.id,
      before: current,
    });
    return { value: { id: current.id }, touched: { bodyIds: [current.bodyId], personIds: [current.personId] } };
  });
}
