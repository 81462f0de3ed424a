import Link from '@/components/ui/link';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/measures/status-badge';
import { formatDate } from '@/lib/format';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

export type MeasureRow = {
  key: string | number;
  measure: {
    slug: string;
    identifier: string | null;
    title: string;
    type: MeasureType;
    stage: Stage;
    outcome: Outcome;
    lastActionDate: Date | null;
  };
  extra?: ReactNode;
};

/** A small, unsorted table of measures with their status, for person and body pages. */
export function MeasureRowsTable({
  caption,
  rows,
  extraHeader,
}: {
  caption: string;
  rows: MeasureRow[];
  extraHeader?: string;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Title</th>
            {extraHeader ? <th scope="col">{extraHeader}</th> : null}
            <th scope="col">Status</th>
            <th scope="col">Last action</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, measure, extra }) => (
            <tr key={key}>
              <th scope="row">
                {measure.identifier ? (
                  <Link href={`/measures/${measure.slug}`}>{measure.identifier}</Link>
                ) : (
                  <span className="muted">No number</span>
                )}
              </th>
              <td>
                {measure.identifier ? measure.title : <Link href={`/measures/${measure.slug}`}>{measure.title}</Link>}
              </td>
              {extraHeader ? <td>{extra}</td> : null}
              <td>
                <StatusBadge type={measure.type} stage={measure.stage} outcome={measure.outcome} />
              </td>
              <td>{formatDate(measure.lastActionDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
