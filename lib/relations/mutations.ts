// Members link related measures from a measure page or the dashboard; editors confirm or remove what members added.
// Each is one transaction with its change events. A member's link does not claim the measure's version: it adds
// a row beside the measure rather than editing what an editor may be editing.
import 'server-only';
import type { MutationResult } from '@/lib/actions/settle';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type Actor } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { insertRelation } from './insert';
import type { AddRelatedMeasureInput, ReviewRelationInput } from './schemas';

export type RelationContext = { db: DbClient; actor: Actor };

const measureRecords = async (db: DbClient, ids: (number | null)[]): Promise<ChangedRecord[]> => {
  const list = ids.filter((id): id is number => id != null);
  const measures = await db.measure.findMany({ where: { id: { in: list } }, select: { id: true, slug: true } });
  return measures.map((m) => ({ kind: 'measure', id: m.id, slug: m.slug }));
};

export async function addRelatedMeasure(
  ctx: RelationContext,
  input: AddRelatedMeasureInput,
): Promise<MutationResult<{ id: number; toMeasureId: number | null }>> {
  const inserted = await ctx.db.$transaction((tx) =>
    insertRelation(tx, ctx.actor, input.measureId, {
      type: input.type,
      toMeasureId: input.toMeasureId,
      targetIdentifier: input.toMeasureId == null ? input.targetIdentifier : null,
      targetJurisdictionText: input.toMeasureId == null ? input.targetJurisdictionText : null,
      evidenceQuote: input.evidenceQuote,
      evidenceUrl: input.evidenceUrl,
    }),
  );
  if (!inserted.ok)
    return {
      ok: false,
      status: 400,
      message: 'Please correct the marked field.',
      errors: { [inserted.field]: [inserted.message] },
    };
  return {
    ok: true,
    value: { id: inserted.id, toMeasureId: inserted.toMeasureId },
    changed: await measureRecords(ctx.db, [input.measureId, inserted.toMeasureId]),
  };
}

const gone = { ok: false, status: 400, message: 'That relation is no longer recorded; reload the page.' } as const;

export async function confirmRelation(
  ctx: RelationContext,
  input: ReviewRelationInput,
): Promise<MutationResult<{ id: number }>> {
  const relation = await ctx.db.$transaction(async (tx) => {
    const current = await tx.measureRelation.findUnique({
      where: { id: input.id },
      select: { id: true, fromMeasureId: true, toMeasureId: true, confirmedById: true },
    });
    if (!current) return null;
    if (!current.confirmedById) {
      await tx.measureRelation.update({
        where: { id: current.id },
        data: { confirmedById: ctx.actor.actorId ?? null },
      });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measureRelation',
        entityId: current.id,
        operation: 'update',
        measureId: current.fromMeasureId,
        before: { confirmedById: null },
        after: { confirmedById: ctx.actor.actorId },
      });
    }
    return current;
  });
  if (!relation) return gone;
  return {
    ok: true,
    value: { id: relation.id },
    changed: await measureRecords(ctx.db, [relation.fromMeasureId, relation.toMeasureId]),
  };
}

export async function removeRelatedMeasure(
  ctx: RelationContext,
  input: ReviewRelationInput,
): Promise<MutationResult<{ id: number }>> {
  const relation = await ctx.db.$transaction(async (tx) => {
    const current = await tx.measureRelation.findUnique({ where: { id: input.id } });
    if (!current) return null;
    await tx.measureRelation.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'measureRelation',
      entityId: current.id,
      operation: 'delete',
      measureId: current.fromMeasureId,
      before: current,
    });
    return current;
  });
  if (!relation) return gone;
  return {
    ok: true,
    value: { id: relation.id },
    changed: await measureRecords(ctx.db, [relation.fromMeasureId, relation.toMeasureId]),
  };
}
