// Adding a relation between measures, shared by the measure editor (lib/measures/mutations/relations.ts addRelation) and
// members (./mutations.ts): the same checks for a relation to itself, a duplicate and a typed identifier that is
// already in the database, whoever adds it.
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import type { RelationType } from '@/lib/generated/prisma/enums';
import { normalizeIdentifier } from '@/lib/measures/identifier';
import { namesPlaceOf } from './resolve';

export type RelationInput = {
  type: RelationType;
  toMeasureId: number | null;
  targetIdentifier: string | null;
  targetJurisdictionText: string | null;
  evidenceQuote: string | null;
  evidenceUrl: string | null;
};

export type InsertedRelation =
  { ok: true; id: number; toMeasureId: number | null } | { ok: false; field: string; message: string };

const place = {
  jurisdiction: { select: { slug: true, name: true } },
  originBody: { select: { name: true, shortName: true } },
} as const;

const placeOf = (m: {
  jurisdiction: { slug: string; name: string };
  originBody: { name: string; shortName: string | null };
}) => ({
  jurisdiction: m.jurisdiction,
  bodyNames: [m.originBody.name, m.originBody.shortName],
});

/** Inserts the relation from `fromMeasureId` with its change event, or says which field makes it impossible. */
export async function insertRelation(
  tx: DbTx,
  actor: Actor,
  fromMeasureId: number,
  input: RelationInput,
): Promise<InsertedRelation> {
  const self = await tx.measure.findUnique({
    where: { id: fromMeasureId },
    select: { normalizedIdentifier: true, ...place },
  });
  if (!self) return { ok: false, field: '_form', message: 'This measure no longer exists.' };
  let toMeasureId = input.toMeasureId;
  const targetNormalized = normalizeIdentifier(input.targetIdentifier);
  if (toMeasureId === fromMeasureId)
    return { ok: false, field: 'toMeasureId', message: 'A measure cannot relate to itself.' };
  if (toMeasureId != null && !(await tx.measure.count({ where: { id: toMeasureId } }))) {
    return { ok: false, field: 'toMeasureId', message: 'That measure no longer exists; choose another.' };
  }
  if (targetNormalized) {
    if (targetNormalized === self.normalizedIdentifier && namesPlaceOf(input.targetJurisdictionText, placeOf(self))) {
      return { ok: false, field: 'targetIdentifier', message: 'A measure cannot relate to itself.' };
    }
    // A typed identifier that names exactly one measure in the database links to it at once.
    const matches = (
      await tx.measure.findMany({
        where: { normalizedIdentifier: targetNormalized, id: { not: fromMeasureId } },
        select: { id: true, ...place },
      })
    ).filter((m) => namesPlaceOf(input.targetJurisdictionText, placeOf(m)));
    if (matches.length === 1) toMeasureId = matches[0]!.id;
  }
  const duplicate = await tx.measureRelation.count({
    where: {
      fromMeasureId,
      type: input.type,
      ...(toMeasureId != null ? { toMeasureId } : { toMeasureId: null, targetNormalized }),
    },
  });
  if (duplicate)
    return {
      ok: false,
      field: input.toMeasureId != null ? 'toMeasureId' : 'targetIdentifier',
      message: 'This relation is already recorded.',
    };
  const relation = await tx.measureRelation.create({
    data: {
      type: input.type,
      fromMeasureId,
      toMeasureId,
      targetIdentifier: toMeasureId == null ? input.targetIdentifier : null,
      targetNormalized: toMeasureId == null ? targetNormalized : null,
      targetJurisdictionText: toMeasureId == null ? input.targetJurisdictionText : null,
      evidenceQuote: input.evidenceQuote,
      evidenceUrl: input.evidenceUrl,
      addedById: actor.actorId ?? null,
      addedByLabel: actor.actorId ? null : (actor.actorLabel ?? null),
    },
  });
  await recordChange(tx, {
    ...actor,
    entityType: 'measureRelation',
    entityId: relation.id,
    operation: 'create',
    measureId: fromMeasureId,
    after: relation,
  });
  // The other measure's followers hear of it too.
  if (toMeasureId != null) {
    await recordChange(tx, {
      ...actor,
      entityType: 'measureRelation',
      entityId: relation.id,
      operation: 'create',
      measureId: toMeasureId,
      after: { incoming: true, fromMeasureId, type: input.type },
    });
  }
  return { ok: true, id: relation.id, toMeasureId };
}
