// Relations a member or an import recorded before their target measure was in the database name it by identifier
// and jurisdiction text. When that measure is entered (lib/measures/mutations.ts createMeasure) or imported
// (lib/import/*), the writer calls resolvePendingRelations in the same transaction, so the link points at the
// measure from then on and each resolution is a change event on the measure that holds the relation.
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import { slugify } from '@/lib/measures/identifier';

export type JurisdictionName = { slug: string; name: string };

/** Does the jurisdiction (or body) written on an unresolved relation name this jurisdiction? Empty text names any. */
export function sameJurisdiction(written: string | null | undefined, jurisdiction: JurisdictionName): boolean {
  if (!written) return true;
  const w = slugify(written);
  const name = slugify(jurisdiction.name);
  return w === name || w === jurisdiction.slug || name.includes(w) || w.includes(name);
}

/** Does the text name the measure's jurisdiction or its origin body (members type either)? */
export function namesPlaceOf(written: string | null | undefined, place: { jurisdiction: JurisdictionName; bodyNames?: (string | null)[] }): boolean {
  return (
    sameJurisdiction(written, place.jurisdiction) ||
    (place.bodyNames ?? []).some((name) => !!name && sameJurisdiction(written, { slug: slugify(name), name }))
  );
}

export type NewMeasure = {
  id: number;
  normalizedIdentifier: string | null;
  jurisdiction: JurisdictionName;
  /** The names of the measure's origin body, which a member may have typed instead of the jurisdiction. */
  bodyNames?: string[];
};

export type ResolvedRelation = { id: number; fromMeasureId: number };

/**
 * Points every waiting relation that names `measure` (same normalized identifier, jurisdiction text that fits) at
 * it, recording a change event for each. Returns them, so the caller can revalidate the pages of the measures
 * that hold them.
 */
export async function resolvePendingRelations(tx: DbTx, measure: NewMeasure, actor: Actor): Promise<ResolvedRelation[]> {
  if (!measure.normalizedIdentifier) return [];
  const waiting = await tx.measureRelation.findMany({
    where: { toMeasureId: null, targetNormalized: measure.normalizedIdentifier, fromMeasureId: { not: measure.id } },
    select: { id: true, fromMeasureId: true, targetJurisdictionText: true },
  });
  const resolved = waiting.filter((relation) => namesPlaceOf(relation.targetJurisdictionText, measure));
  for (const relation of resolved) {
    await tx.measureRelation.update({ where: { id: relation.id }, data: { toMeasureId: measure.id } });
    await recordChange(tx, {
      ...actor, entityType: 'measureRelation', entityId: relation.id, operation: 'update', measureId: relation.fromMeasureId,
      before: { toMeasureId: null }, after: { toMeasureId: measure.id, resolved: true },
    });
  }
  return resolved.map(({ id, fromMeasureId }) => ({ id, fromMeasureId }));
}
