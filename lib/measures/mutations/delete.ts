import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange } from '@/lib/changes/record-change';
import { measureName } from '@/lib/format';
import { Refusal, TX_OPTIONS, VersionConflict, refuse } from '@/lib/write/editor-write';
import type { DeleteMeasureInput } from '../schemas';
import { guardedMeasure, ids, type MutationResult, type WriteContext } from './write-measure';

/**
 * Deletes a measure with everything that belongs to it (actions, sponsorships, addressees, relations both ways,
 * citations, follows, positions: all cascade). The change event keeps the measure's details and counts, so the audit
 * log says what was lost. The editor confirms by typing the measure's name as the page shows it.
 */
export async function deleteMeasure(
  ctx: WriteContext,
  input: DeleteMeasureInput,
): Promise<MutationResult<{ id: number }>> {
  return guardedMeasure(ctx, input.measureId, input.version, async () => {
    const { before, changed } = await ctx.db.$transaction(async (tx) => {
      const measure = await tx.measure.findUnique({
        where: { id: input.measureId },
        include: {
          originBody: { select: { name: true } },
          sponsorships: { select: { personId: true } },
          targets: { select: { bodyId: true, personId: true } },
          relationsFrom: { select: { toMeasureId: true } },
          relationsTo: { select: { fromMeasureId: true } },
          _count: {
            select: {
              actions: true,
              sponsorships: true,
              targets: true,
              relationsFrom: true,
              relationsTo: true,
              citations: true,
              follows: true,
              positions: true,
            },
          },
        },
      });
      if (!measure) throw new Refusal('This measure no longer exists.');
      if (measure.version !== input.version) throw new VersionConflict();
      if (input.confirm.toLowerCase() !== measureName(measure).toLowerCase()) {
        refuse('confirm', `Type “${measureName(measure)}” exactly to confirm.`);
      }
      const { originBody: _originBody, sponsorships, targets, relationsFrom, relationsTo, _count, ...fields } = measure;
      await tx.measure.delete({ where: { id: measure.id } });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measure',
        entityId: measure.id,
        operation: 'delete',
        measureId: measure.id,
        before: { ...fields, removedWithIt: _count },
      });
      const changed: ChangedRecord[] = [
        {
          kind: 'measure',
          id: measure.id,
          slug: measure.slug,
          personIds: ids([...sponsorships.map((s) => s.personId), ...targets.map((t) => t.personId)]),
          bodyIds: ids([measure.originBodyId, measure.currentBodyId, ...targets.map((t) => t.bodyId)]),
        },
        ...ids([...relationsFrom.map((r) => r.toMeasureId), ...relationsTo.map((r) => r.fromMeasureId)]).map(
          (id): ChangedRecord => ({ kind: 'measure', id }),
        ),
      ];
      return { before: measure, changed };
    }, TX_OPTIONS);
    return { ok: true, value: { id: before.id }, changed };
  });
}
