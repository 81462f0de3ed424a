// Many new rows of one kind at once, each with its change event, in two statements instead of two per row: a
// legislators file brings some 6,000 identifiers and 3,000 terms, a Bill Status file a hundred cosponsors.
import { toJsonValue, type ChangeEntityType } from '@/lib/changes/record-change';
import type { ImportContext } from './context';

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
  await ctx.tx.changeEvent.createMany({
    data: created.map((row) => ({
      actorId: ctx.actorId ?? null,
      actorLabel: ctx.actorLabel,
      entityType,
      entityId: String(row.id),
      operation: 'create',
      measureId: measureIdOf(row),
      after: toJsonValue(row),
    })),
  });
  ctx.report.created[entityType] = (ctx.report.created[entityType] ?? 0) + created.length;
  ctx.report.changeEvents += created.length;
  return created;
}
