// A relation may name a measure that is not in the database yet ("related bill H.R. 8214"): it is stored with
// toMeasureId null and the target as text (identifier, normalised identifier, "United States, 117th Congress").
// When that measure arrives, by import or by hand, the waiting relations are pointed at it.
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';

export type RelationTarget = {
  id: number;
  normalizedIdentifier: string | null;
  jurisdiction: { slug: string; name: string };
  session: { identifier: string; name: string } | null;
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "United States, 117th Congress" as this importer writes it: jurisdiction name, then session name. */
export function targetJurisdictionText(jurisdictionName: string, sessionName?: string | null): string {
  return sessionName ? `${jurisdictionName}, ${sessionName}` : jurisdictionName;
}

/** Whether the text kept on a waiting relation names this measure's jurisdiction (and session, when it names one). */
export function namesPlace(written: string | null, target: Pick<RelationTarget, 'jurisdiction' | 'session'>): boolean {
  if (!written) return true;
  const [place = '', session] = written.split(/,\s*/, 2);
  const w = fold(place);
  const name = fold(target.jurisdiction.name);
  const jurisdictionFits = w === name || w === fold(target.jurisdiction.slug) || name.includes(w) || w.includes(name);
  if (!jurisdictionFits) return false;
  if (!session) return true;
  return target.session !== null && (fold(session) === fold(target.session.name) || fold(session) === fold(target.session.identifier));
}

/** Points every waiting relation that names this measure at it; returns the measures whose relations changed. */
export async function resolvePendingRelations(tx: DbTx, target: RelationTarget, actor: Actor): Promise<number[]> {
  if (!target.normalizedIdentifier) return [];
  const waiting = await tx.measureRelation.findMany({
    where: { toMeasureId: null, targetNormalized: target.normalizedIdentifier, fromMeasureId: { not: target.id } },
    select: { id: true, fromMeasureId: true, targetJurisdictionText: true },
  });
  const resolved = waiting.filter((relation) => namesPlace(relation.targetJurisdictionText, target));
  for (const relation of resolved) {
    await tx.measureRelation.update({ where: { id: relation.id }, data: { toMeasureId: target.id } });
    await recordChange(tx, {
      ...actor,
      entityType: 'measureRelation',
      entityId: relation.id,
      operation: 'update',
      measureId: relation.fromMeasureId,
      before: { toMeasureId: null },
      after: { toMeasureId: target.id },
    });
  }
  return resolved.map((relation) => relation.fromMeasureId);
}

/** The measure a relation names, when it is already in the database. */
export async function findRelationTarget(
  tx: DbTx,
  normalized: string | null,
  written: string | null,
): Promise<number | null> {
  if (!normalized) return null;
  const candidates = await tx.measure.findMany({
    where: { normalizedIdentifier: normalized },
    select: { id: true, jurisdiction: { select: { slug: true, name: true } }, session: { select: { identifier: true, name: true } } },
  });
  const fits = candidates.filter((m) => namesPlace(written, m));
  return fits.length === 1 ? fits[0]!.id : null;
}
