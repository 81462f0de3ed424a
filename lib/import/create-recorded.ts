// Many new rows of one kind at once, each with its change event, in one statement for the rows and one for all the
// events of the file instead of two per row: a legislators file brings some 6,000 identifiers and 3,000 terms, a
// Bill Status file a hundred cosponsors.
import { changeEventData, toJsonValue, type ChangeEntityType, type ChangeInput } from '@/lib/changes/record-change';
import type { ImportContext } from './context';
import { insertRowsOnly } from './insert-rows';

type Row = { id: number };

export async function createRecorded<D, R extends Row>(
  ctx: ImportContext,
  entityType: ChangeEntityType,
  rows: D[],
  createMany: (data: D[]) => Promise<R[]>,
  measureIdOf: (row: R) => number | null = () => null,
): Promise<R[]> {
  if (!rows.length) return [];
  const created = await createMany(rows);
  ctx.pendingEvents.push(
    ...created.map((row) => ({
      actorId: ctx.actorId ?? null,
      actorLabel: ctx.actorLabel,
      entityType,
      entityId: String(row.id),
      operation: 'create',
      measureId: measureIdOf(row),
      after: toJsonValue(row),
    })),
  );
  ctx.report.created[entityType] = (ctx.report.created[entityType] ?? 0) + created.length;
  ctx.report.changeEvents += created.length;
  return created;
}

/** One new row, its change event written with the others (see createRecorded). */
export async function createOneRecorded<R extends Row>(
  ctx: ImportContext,
  entityType: ChangeEntityType,
  create: () => Promise<R>,
  measureIdOf: (row: R) => number | null = () => null,
): Promise<R> {
  const [row] = await createRecorded(ctx, entityType, [null], async () => [await create()], measureIdOf);
  return row!;
}

/** A change written outside createRecorded (a derived status), its event kept back to go with the others. */
export function recordLater(ctx: ImportContext, change: ChangeInput) {
  ctx.pendingEvents.push(changeEventData(change));
}

/** Writes the events createRecorded kept back; the file's transaction calls it last. */
export async function flushEvents(ctx: ImportContext) {
  if (!ctx.pendingEvents.length) return;
  await insertRowsOnly(ctx.tx, 'ChangeEvent', ctx.pendingEvents);
  ctx.pendingEvents.length = 0;
}
