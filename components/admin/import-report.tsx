import type { FileReportView } from '@/lib/import/report-view';

/** The import report: one row per file, its outcome, what it held or why it failed, and notes to check. */
export function ImportReportTable({ rows }: { rows: FileReportView[] }) {
  return (
    <table className="data-table">
      <caption>Import report</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Result</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={`${row.file}-${i}`}>
            <th scope="row">{row.file}</th>
            <td>{row.outcome}</td>
            <td>
              {row.error ?? [row.label, row.detail].filter(Boolean).join(': ')}
              {row.warnings.length ? (
                <ul>
                  {row.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
