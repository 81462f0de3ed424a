// Create-or-update by natural key, writing only what differs (the one comparison rule, ./compare.ts) and recording
// one change event for each write, so that seeding or importing twice changes nothing: no new rows, no new events,
// the same updatedAt. The importer (lib/import) and the seed (prisma/seed) both write through this.

import { recordChange, type ChangeEntityType, type DbTx } from '@/lib/changes/record-change';
import { changedFields } from './compare';

export type SyncReport = {
  created: Partial<Record<ChangeEntityType, number>>;
  updated: Partial<Record<ChangeEntityType, number>>;
  unchanged: number;
  changeEvents: number;
};

export type SyncContext = {
  tx: DbTx;
  report: SyncReport;
  actorLabel: string;
  /** The signed-in user behind the write (an editor's import); the label alone for the seed. */
  actorId?: string | null;
  log: (line: string) => void;
};

export function emptyReport(): SyncReport {
  return { created: {}, updated: {}, unchanged: 0, changeEvents: 0 };
}

/** "2021-03-16" as the Date Prisma reads back from a DATE column. */
export function day(value: string): Date;
export function day(value: string | undefined): Date | null;
export function day(value: string | undefined): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

type Row = { id: number };

export type SyncSpec<F extends Record<string, unknown>, R extends Row> = {
  entityType: ChangeEntityType;
  /** Shown in the log: a slug or a short description. */
  label: string;
  existing: R | null;
  /** Every field the writer owns, absent values as null so a cleared field is cleared. */
  fields: F;
  create: (fields: F) => Promise<R>;
  update: (id: number, changed: Partial<F>) => Promise<R>;
  measureId?: number | null;
};

export async function sync<F extends Record<string, unknown>, R extends Row>(
  ctx: SyncContext,
  spec: SyncSpec<F, R>,
): Promise<R> {
  const { entityType, existing, fields } = spec;
  if (!existing) {
    const created = await spec.create(fields);
    await recordChange(ctx.tx, {
      actorId: ctx.actorId ?? null,
      actorLabel: ctx.actorLabel,
      entityType,
      entityId: created.id,
      operation: 'create',
      measureId: spec.measureId ?? (entityType === 'measure' ? created.id : null),
      after: created,
    });
    ctx.report.created[entityType] = (ctx.report.created[entityType] ?? 0) + 1;
    ctx.report.changeEvents++;
    ctx.log(`created ${entityType} ${spec.label}`);
    return created;
  }

  const current = existing as unknown as Record<string, unknown>;
  const changed: Partial<F> = {};
  const before: Record<string, unknown> = {};
  for (const key of changedFields(current, fields)) {
    changed[key] = fields[key];
    before[key] = current[key];
  }
  if (Object.keys(changed).length === 0) {
    ctx.report.unchanged++;
    return existing;
  }
  const updated = await spec.update(existing.id, changed);
  await recordChange(ctx.tx, {
    actorId: ctx.actorId ?? null,
    actorLabel: ctx.actorLabel,
    entityType,
    entityId: existing.id,
    operation: 'update',
    measureId: spec.measureId ?? (entityType === 'measure' ? existing.id : null),
    before,
    after: changed,
  });
  ctx.report.updated[entityType] = (ctx.report.updated[entityType] ?? 0) + 1;
  ctx.report.changeEvents++;
  ctx.log(`updated ${entityType} ${spec.label}: ${Object.keys(changed).join(', ')}`);
  return updated;
}
