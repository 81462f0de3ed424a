// The report as the admin page shows it: plain data, without the changed records (those are for cache tags).
import type { ActionState } from '@/lib/actions/safe-action';
import type { FileOutcome, ImportReport } from './types';

export type FileReportView = {
  file: string;
  outcome: FileOutcome;
  label: string | null;
  detail: string;
  warnings: string[];
  error: string | null;
};

export type ImportState = ActionState & { report?: FileReportView[] };

const counts = (byType: Partial<Record<string, number>>) =>
  Object.entries(byType)
    .map(([type, n]) => `${n} ${type}`)
    .join(', ');

export function toReportView(report: ImportReport): FileReportView[] {
  return report.files.map((f) => ({
    file: f.file,
    outcome: f.outcome,
    label: f.label,
    detail: [counts(f.created) && `new: ${counts(f.created)}`, counts(f.updated) && `changed: ${counts(f.updated)}`]
      .filter(Boolean)
      .join('; '),
    warnings: f.warnings,
    error: f.error,
  }));
}
