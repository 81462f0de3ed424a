// The report as text, the same on the command line and (line by line) on the admin page.
import type { FileReport, ImportReport } from './types';

import { toReportView } from './report-view';

export function describeFile(f: FileReport): string {
  if (f.outcome === 'failed') return `failed     ${f.error}`;
  const { detail } = toReportView({ files: [f], totals: { created: 0, updated: 0, unchanged: 0, failed: 0 } })[0]!;
  return `${f.outcome.padEnd(10)} ${f.file}: ${f.label ?? ''}${detail ? ` (${detail})` : ''}`;
}

export function describeReport(report: ImportReport): string {
  const lines = report.files.map(describeFile);
  for (const f of report.files) for (const w of f.warnings) lines.push(`note       ${f.file}: ${w}`);
  const t = report.totals;
  lines.push(
    `${report.files.length} files: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged, ${t.failed} failed`,
  );
  return lines.join('\n');
}
