// A record's change history as editors read it: who, when, and what changed from what to what.
import 'server-only';
import type { ChangeEntityType, DbTx } from '@/lib/changes/record-change';
import type { Prisma } from '@/lib/generated/prisma/client';

export type FieldChange = { field: string; before: unknown; after: unknown };

export type HistoryEntry = {
  id: string;
  at: Date;
  who: string;
  entityType: string;
  entityId: string;
  operation: string;
  changes: FieldChange[];
};

// Bookkeeping columns that say nothing an editor needs to read.
const HIDDEN = new Set(['id', 'measureId', 'createdAt', 'updatedAt', 'version']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields a change touched: for an update those that differ, for a create or delete every field that has a value. */
export function describeChange(before: unknown, after: unknown): FieldChange[] {
  const b = (before && typeof before === 'object' ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((field) => !HIDDEN.has(field));
  return fields
    .filter((field) => !same(b[field], a[field]))
    .filter((field) => !(b[field] == null && a[field] == null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

/** Who made a change, as editors read it: "Name (email)", the email, or the label of a non-user writer ("seed"). */
export function describeActor(event: {
  actorLabel: string | null;
  actor: { name: string | null; email: string } | null;
}): string {
  if (!event.actor) return event.actorLabel ?? 'unknown';
  return event.actor.name ? `${event.actor.name} (${event.actor.email})` : event.actor.email;
}

export type HistoryQuery = {
  entityType: ChangeEntityType;
  entityId: string | number;
  /**
   * Also the changes to what belongs to the record. Default true. For a measure: its actions, sponsors, relations...;
   * for a person: identifiers and memberships; for a body: identifiers and the memberships in it.
   */
  withChildren?: boolean;
  limit?: number;
};

// Children of a person or body carry its id in their before/after JSON (a delete has only before), so they are
// found by entity type (indexed) and then that field.
const CHILD_TYPES: Partial<Record<ChangeEntityType, { field: string; types: ChangeEntityType[] }>> = {
  person: { field: 'personId', types: ['externalIdentifier', 'membership'] },
  body: { field: 'bodyId', types: ['externalIdentifier', 'membership'] },
};

function childrenOf(entityType: ChangeEntityType, id: number): Prisma.ChangeEventWhereInput[] {
  if (entityType === 'measure') return [{ measureId: id }];
  const spec = CHILD_TYPES[entityType];
  if (!spec) return [];
  return [
    {
      entityType: { in: spec.types },
      OR: [{ after: { path: [spec.field], equals: id } }, { before: { path: [spec.field], equals: id } }],
    },
  ];
}

/** Newest first. The caller checks the 'history.read' permission (components/admin/record-history.tsx does). */
export async function getRecordHistory(db: DbTx, query: HistoryQuery): Promise<HistoryEntry[]> {
  const entityId = String(query.entityId);
  const own: Prisma.ChangeEventWhereInput = { entityType: query.entityType, entityId };
  const children =
    query.withChildren !== false && /^\d+$/.test(entityId) ? childrenOf(query.entityType, Number(entityId)) : [];
  const events = await db.changeEvent.findMany({
    where: children.length ? { OR: [own, ...children] } : own,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: query.limit ?? 200,
    select: {
      id: true,
      at: true,
      actorLabel: true,
      entityType: true,
      entityId: true,
      operation: true,
      before: true,
      after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    who: describeActor(event),
    entityType: event.entityType,
    entityId: event.entityId,
    operation: event.operation,
    changes: describeChange(event.before, event.after),
  }));
}
