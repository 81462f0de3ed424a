// The CSV export of the dashboard's current view: the same filters and order as the table, every matching row
// (read in batches so a long list never sits in memory whole).
import 'server-only';
import { outcomeLabel, stageLabel } from '@/lib/status';
import { csvRow } from './csv';
import type { DashboardParams } from './params';
import { findDashboardRows, getDashboardSettings } from './queries';
import { getCurrentPositions } from '@/lib/positions/queries';
import type { Viewer } from '@/lib/auth/viewer';

const BATCH = 500;

export const CSV_HEADER = [
  'Identifier',
  'Title',
  'Body',
  'Stage',
  'Outcome',
  'Current body',
  'Last action date',
  'Last action',
  'Our position',
  'Changed since last visit',
  'Link',
];

export async function* dashboardCsv(viewer: Viewer, params: DashboardParams, siteUrl: string): AsyncGenerator<string> {
  yield csvRow(CSV_HEADER);
  const { since, followedIds } = await getDashboardSettings(viewer.id);
  if (followedIds.length === 0) return;
  for (let offset = 0; ; offset += BATCH) {
    const { rows } = await findDashboardRows(viewer.id, followedIds, params, since, { offset, limit: BATCH });
    const positions = await getCurrentPositions(
      viewer,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      const last = row.lastAction;
      yield csvRow([
        row.identifier,
        row.title,
        row.originBody.name,
        stageLabel(row.overrideStage ?? row.stage, row.type),
        outcomeLabel(row.overrideOutcome ?? row.outcome),
        row.currentBody?.name,
        row.lastActionDate,
        last?.text,
        positions.get(row.id)?.stance,
        row.newEvents > 0 ? 'yes' : 'no',
        `${siteUrl}/measures/${row.slug}`,
      ]);
    }
    if (rows.length < BATCH) return;
  }
}
