// Relations a member or an import recorded before their target measure was in the database name it by identifier
// and place text ("Los Angeles", "U.S. House", or an import's "United States, 117th Congress"). When that measure
// is entered (lib/measures/mutations/measure.ts createMeasure) or imported (lib/import/write-measure.ts), the writer calls
// resolvePendingRelations in the same transaction, so the link points at the measure from then on and each
// resolution is a change event on the measure that holds the relation. One module, so both ways in agree.
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import { slugify } from '@/lib/measures/identifier';

export type JurisdictionName = { slug: string; name: string };
export type SessionName = { identifier: string; name: string };

/** Does the jurisdiction (or body) written on an unresolved relation name this jurisdiction? Empty text names any. */
export function sameJurisdiction(written: string | null | undefined, jurisdiction: JurisdictionName): boolean {
  if (!written) return true;
  const w = slugify(written);
  const name = slugify(jurisdiction.name);
  return w === name || w === jurisdiction.slug || name.includes(w) || w.includes(name);
}

export type Place = { jurisdiction: JurisdictionName; bodyNames?: (string | null)[]; session?: SessionName | null };

// "117th Congress", "2021-2022 Regular Session", "2021": the part after a comma that names a session.
const SESSION_WORDS = /\b(congress|session|assembly|legislature)\b|\b\d{4}\b/i;

function namesJurisdictionOrBody(written: string, place: Place): boolean {
  return (
    sameJurisdiction(written, place.jurisdiction) ||
    (place.bodyNames ?? []).some((name) => !!name && sameJurisdiction(written, { slug: slugify(name), name }))
  );
}

/**
 * Does the text name the measure's place? Members type the jurisdiction or the origin body; imports write
 * "jurisdiction, session", and then the session must match too (H.R. 5177 of the 116th is not that of the 117th).
 */
export function namesPlaceOf(written: string | null | undefined, place: Place): boolean {
  if (!written) return true;
  const comma = written.indexOf(',');
  const sessionText = comma >= 0 ? written.slice(comma + 1).trim() : '';
  if (sessionText && SESSION_WORDS.test(sessionText)) {
    const session = place.session;
    return (
      namesJurisdictionOrBody(written.slice(0, comma), place) &&
      !!session &&
      (slugify(sessionText) === slugify(session.name) || slugify(sessionText) === slugify(session.identifier))
    );
  }
  return namesJurisdictionOrBody(written, place);
}

/** "United States, 117th Congress" as imports write it: jurisdiction name, then session name. */
export function targetJurisdictionText(jurisdictionName: string, sessionName?: string | null): string {
  return sessionName ? `${jurisdictionName}, ${sessionName}` : jurisdictionName;
}

export type NewMeasure = Place & { id: number; normalizedIdentifier: string | null };

export type ResolvedRelation = { id: number; fromMeasureId: number };

/**
 * Points every waiting relation that names `measure` (same normalized identifier, place text that fits) at it,
 * recording a change event for each. Returns them, so the caller can revalidate the pages that hold them.
 */
export async function resolvePendingRelations(
  tx: DbTx,
  measure: NewMeasure,
  actor: Actor,
): Promise<ResolvedRelation[]> {
  if (!measure.normalizedIdentifier) return [];
  const waiting = await tx.measureRelation.findMany({
    where: { toMeasureId: null, targetNormalized: measure.normalizedIdentifier, fromMeasureId: { not: measure.id } },
    select: { id: true, fromMeasureId: true, targetJurisdictionText: true },
  });
  const resolved = waiting.filter((relation) => namesPlaceOf(relation.targetJurisdictionText, measure));
  for (const relation of resolved) {
    await tx.measureRelation.update({ where: { id: relation.id }, data: { toMeasureId: measure.id } });
    await recordChange(tx, {
      ...actor,
      entityType: 'measureRelation',
      entityId: relation.id,
      operation: 'update',
      measureId: relation.fromMeasureId,
      before: { toMeasureId: null },
      after: { toMeasureId: measure.id, resolved: true },
    });
  }
  return resolved.map(({ id, fromMeasureId }) => ({ id, fromMeasureId }));
}

/** The one measure in the database a written identifier and place name, or null when none or several fit. */
export async function findRelationTarget(
  tx: DbTx,
  normalized: string | null,
  written: string | null,
): Promise<number | null> {
  if (!normalized) return null;
  const candidates = await tx.measure.findMany({
    where: { normalizedIdentifier: normalized },
    select: {
      id: true,
      jurisdiction: { select: { slug: true, name: true } },
      session: { select: { identifier: true, name: true } },
    },
  });
  const fits = candidates.filter((m) => namesPlaceOf(written, m));
  return fits.length === 1 ? fits[0]!.id : null;
}
