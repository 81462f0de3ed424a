import Link from '@/components/ui/link';
import { SortableHead } from '@/components/ui/sort-header';
import { StatusBadge } from '@/components/measures/status-badge';
import { formatDate } from '@/lib/format';
import { measureListHref, type MeasureListParams, type MeasureSortKey } from '@/lib/measures/list-params';
import type { MeasureListRow } from '@/lib/measures/queries';
import { buildServerTable, serverColumnHelper } from '@/lib/tables/server-table';

const helper = serverColumnHelper<MeasureListRow>();
const columns = helper.columns([
  helper.accessor('identifier', { id: 'identifier', header: 'Number' }),
  helper.accessor('title', { id: 'title', header: 'Title' }),
  helper.accessor((row) => row.originBody.name, { id: 'body', header: 'Body' }),
  helper.accessor('stage', { id: 'stage', header: 'Status' }),
  helper.accessor('currentBody', { id: 'currentBody', header: 'Current body', enableSorting: false }),
  helper.accessor('lastActionDate', { id: 'lastAction', header: 'Last action' }),
]);

type Props = { rows: MeasureListRow[]; total: number; pageSize: number; params: MeasureListParams };

export function MeasuresTable({ rows, total, pageSize, params }: Props) {
  const table = buildServerTable({
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    sorting: [{ id: params.sort, desc: params.dir === 'desc' }],
    pageIndex: params.page - 1,
    pageSize,
    rowCount: total,
  });

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Measures{' '}
          {total > 0
            ? `${(params.page - 1) * pageSize + 1}–${(params.page - 1) * pageSize + rows.length} of ${total}`
            : ''}
          {', sorted by '}
          {String(table.getColumn(params.sort)?.columnDef.header ?? params.sort).toLowerCase()}
          {params.dir === 'desc' ? ', descending' : ', ascending'}
        </caption>
        <SortableHead
          table={table}
          hrefFor={(id, dir) => measureListHref(params, { sort: id as MeasureSortKey, dir, page: 1 })}
        />
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const m = row.original;
            return (
              <tr key={row.id}>
                <th scope="row">
                  {m.identifier ? (
                    <Link href={`/measures/${m.slug}`}>{m.identifier}</Link>
                  ) : (
                    <span className="muted">No number</span>
                  )}
                </th>
                <td>{m.identifier ? m.title : <Link href={`/measures/${m.slug}`}>{m.title}</Link>}</td>
                <td>
                  <Link href={`/bodies/${m.originBody.slug}`}>{m.originBody.name}</Link>
                </td>
                <td>
                  <StatusBadge type={m.type} stage={m.stage} outcome={m.outcome} />
                </td>
                <td>{m.currentBody ? <Link href={`/bodies/${m.currentBody.slug}`}>{m.currentBody.name}</Link> : ''}</td>
                <td>{formatDate(m.lastActionDate)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
