import type { ChangeEntityType } from '@/lib/changes/record-change';
import type { ImportContext } from './context';

/** Writes made outside sync (status, resolved relations, deletions) still count in the report. */
export function count(ctx: ImportContext, kind: 'updated' | 'created', entity: ChangeEntityType, n: number) {
  if (!n) return;
  ctx.report[kind][entity] = (ctx.report[kind][entity] ?? 0) + n;
  ctx.report.changeEvents += n;
}
