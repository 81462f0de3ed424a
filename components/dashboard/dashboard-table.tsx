import Link from '@/components/ui/link';
import { SortableHead } from '@/components/ui/sort-header';
import { StatusBadge } from '@/components/measures/status-badge';
import { formatDate } from '@/lib/format';
import { dashboardColumns, type DashboardColumn } from '@/lib/dashboard/columns';
import { dashboardHref, type DashboardParams, type DashboardSortKey } from '@/lib/dashboard/params';
import type { DashboardRow } from '@/lib/dashboard/queries';
import { stanceLabels } from '@/lib/positions/schemas';
import type { Stance } from '@/lib/generated/prisma/enums';
import { buildServerTable, serverColumnHelper } from '@/lib/tables/server-table';

export type DashboardTableRow = DashboardRow & { position: { stance: string; note: string | null } | null };

const helper = serverColumnHelper<DashboardTableRow>();
const allColumns = helper.columns([
  helper.accessor('identifier', { id: 'identifier', header: 'Number' }),
  helper.accessor('title', { id: 'title', header: dashboardColumns.title }),
  helper.accessor((row) => row.originBody.name, { id: 'body', header: dashboardColumns.body }),
  helper.accessor('stage', { id: 'stage', header: dashboardColumns.status }),
  helper.accessor('currentBody', { id: 'currentBody', header: dashboardColumns.currentBody, enableSorting: false }),
  helper.accessor('lastActionDate', { id: 'lastAction', header: dashboardColumns.lastAction }),
  helper.accessor('position', { id: 'position', header: dashboardColumns.position, enableSorting: false }),
]);

// Table column ids where they differ from the preference ids.
const columnFor: Record<DashboardColumn, string> = {
  title: 'title',
  body: 'body',
  status: 'stage',
  currentBody: 'currentBody',
  lastAction: 'lastAction',
  position: 'position',
};

type Props = {
  rows: DashboardTableRow[];
  total: number;
  pageSize: number;
  params: DashboardParams;
  visible: DashboardColumn[];
};

function Cell({ id, row }: { id: string; row: DashboardTableRow }) {
  switch (id) {
    case 'title':
      return <td>{row.title}</td>;
    case 'body':
      return (
        <td>
          <Link href={`/bodies/${row.originBody.slug}`}>{row.originBody.name}</Link>
        </td>
      );
    case 'stage':
      return (
        <td>
          <StatusBadge
            type={row.type}
            stage={row.overrideStage ?? row.stage}
            outcome={row.overrideOutcome ?? row.outcome}
          />
        </td>
      );
    case 'currentBody':
      return (
        <td>{row.currentBody ? <Link href={`/bodies/${row.currentBody.slug}`}>{row.currentBody.name}</Link> : ''}</td>
      );
    case 'lastAction': {
      const last = row.lastAction;
      return (
        <td>
          {formatDate(row.lastActionDate)}
          {last ? <div className="muted">{last.text}</div> : null}
        </td>
      );
    }
    case 'position':
      return (
        <td>{row.position ? stanceLabels[row.position.stance as Stance] : <span className="muted">None</span>}</td>
      );
    default:
      return <td />;
  }
}

export function DashboardTable({ rows, total, pageSize, params, visible }: Props) {
  const shown = new Set(['identifier', ...visible.map((id) => columnFor[id])]);
  const table = buildServerTable({
    columns: allColumns.filter((column) => shown.has(column.id!)),
    data: rows,
    getRowId: (row) => String(row.id),
    sorting: [{ id: params.sort, desc: params.dir === 'desc' }],
    pageIndex: params.page - 1,
    pageSize,
    rowCount: total,
  });
  const first = (params.page - 1) * pageSize + 1;

  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          Followed measures {total > 0 ? `${first}–${first + rows.length - 1} of ${total}` : ''}
          {params.changedOnly ? ', only those changed since your last visit' : ''}
        </caption>
        <SortableHead
          table={table}
          hrefFor={(id, dir) => dashboardHref(params, { sort: id as DashboardSortKey, dir, page: 1 })}
        />
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const m = row.original;
            return (
              <tr key={row.id} className={m.newEvents ? 'row-new' : undefined}>
                <th scope="row">
                  <Link href={`/dashboard/measures/${m.slug}`}>{m.identifier ?? 'No number'}</Link>
                  {m.newEvents ? (
                    <>
                      {' '}
                      <span className="tag tag-new">
                        New
                        <span className="visually-hidden">
                          : {m.newEvents} change{m.newEvents === 1 ? '' : 's'} since your last visit
                        </span>
                      </span>
                    </>
                  ) : null}
                </th>
                {row
                  .getAllCells()
                  .slice(1)
                  .map((cell) => (
                    <Cell key={cell.id} id={cell.column.id} row={m} />
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
