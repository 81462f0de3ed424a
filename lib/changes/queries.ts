// A record's change history as editors read it: who, when, and what changed from what to what.
import 'server-only';
import type { ChangeEntityType, DbTx } from '@/lib/changes/record-change';

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

export type HistoryQuery = {
  entityType: ChangeEntityType;
  entityId: string | number;
  /** For a measure: also the changes to what belongs to it (actions, sponsors, relations...). Default true. */
  withChildren?: boolean;
  limit?: number;
};

/** Newest first. The caller checks the 'history.read' permission (components/admin/record-history.tsx does). */
export async function getRecordHistory(db: DbTx, query: HistoryQuery): Promise<HistoryEntry[]> {
  const entityId = String(query.entityId);
  const own = { entityType: query.entityType, entityId };
  const withChildren = query.entityType === 'measure' && query.withChildren !== false && /^\d+$/.test(entityId);
  const events = await db.changeEvent.findMany({
    where: withChildren ? { OR: [own, { measureId: Number(entityId) }] } : own,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: query.limit ?? 200,
    select: {
      id: true, at: true, actorLabel: true, entityType: true, entityId: true, operation: true, before: true, after: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    who: event.actor ? (event.actor.name ? `${event.actor.name} (${event.actor.email})` : event.actor.email) : (event.actorLabel ?? 'unknown'),
    entityType: event.entityType,
    entityId: event.entityId,
    operation: event.operation,
    changes: describeChange(event.before, event.after),
  }));
}
