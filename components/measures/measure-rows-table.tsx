import Link from 'next/link';
import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/measures/status-badge';
import { formatDate, measureName } from '@/lib/format';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

export type MeasureRow = {
  key: string | number;
  measure: { slug: string; identifier: string | null; title: string; type: MeasureType; stage: Stage; outcome: Outcome; lastActionDate: Date | null };
  extra?: ReactNode;
};

/** A small, unsorted table of measures with their status, for person and body pages. */
export function MeasureRowsTable({ caption, rows, extraHeader }: { caption: string; rows: MeasureRow[]; extraHeader?: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
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
                <Link href={`/measures/${measure.slug}`}>{measureName(measure)}</Link>
              </th>
              <td>{measure.identifier ? measure.title : ''}</td>
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
