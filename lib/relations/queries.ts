// The relations of a measure for the member workspace (dynamic, signed in): both directions, with who added and
// who confirmed each. Public pages read relations through lib/measures/queries.ts getMeasureBySlug.
import 'server-only';
import { db } from '@/lib/db';
import { measureName } from '@/lib/format';
import { normalizeIdentifier } from '@/lib/measures/identifier';
import type { RelationType } from '@/lib/generated/prisma/enums';

export type WorkspaceRelation = {
  id: number;
  direction: 'from' | 'to';
  type: RelationType;
  other: { slug: string; name: string } | null;
  unresolved: string | null;
  addedBy: string | null;
  confirmedBy: string | null;
};

const person = { select: { name: true, email: true } } as const;
const link = { select: { slug: true, identifier: true, title: true } } as const;
const who = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : null);

export async function getWorkspaceRelations(measureId: number): Promise<WorkspaceRelation[]> {
  const relations = await db.measureRelation.findMany({
    where: { OR: [{ fromMeasureId: measureId }, { toMeasureId: measureId }] },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      type: true,
      fromMeasureId: true,
      targetIdentifier: true,
      targetJurisdictionText: true,
      addedByLabel: true,
      addedBy: person,
      confirmedBy: person,
      fromMeasure: link,
      toMeasure: link,
    },
  });
  return relations.map((r) => {
    const direction = r.fromMeasureId === measureId ? 'from' : 'to';
    const other = direction === 'from' ? r.toMeasure : r.fromMeasure;
    return {
      id: r.id,
      direction,
      type: r.type,
      other: other ? { slug: other.slug, name: measureName(other) } : null,
      unresolved: other ? null : [r.targetIdentifier, r.targetJurisdictionText].filter(Boolean).join(', '),
      addedBy: who(r.addedBy) ?? r.addedByLabel,
      confirmedBy: who(r.confirmedBy),
    };
  });
}

/** Type-ahead: measures whose number or title contains the query. */
export async function searchMeasures(query: string, excludeId: number | null, limit = 10) {
  const normalized = normalizeIdentifier(query);
  const measures = await db.measure.findMany({
    where: {
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [
        { identifier: { contains: query, mode: 'insensitive' } },
        { title: { contains: query, mode: 'insensitive' } },
        ...(normalized ? [{ normalizedIdentifier: { startsWith: normalized } }] : []),
      ],
    },
    orderBy: [{ lastActionDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    take: limit,
    select: { id: true, identifier: true, title: true, originBody: { select: { name: true } } },
  });
  return measures.map((m) => ({
    id: m.id,
    label: `${m.identifier ? `${m.identifier}: ` : ''}${m.title} (${m.originBody.name})`,
  }));
}
