import Link from '@/components/ui/link';
import { ChangesPanel } from '@/components/dashboard/changes-panel';
import { ColumnChooser } from '@/components/dashboard/column-chooser';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DashboardTable } from '@/components/dashboard/dashboard-table';
import { FollowedRecords } from '@/components/dashboard/followed-records';
import { SavedSearchList } from '@/components/search/saved-search-list';
import { Pagination } from '@/components/ui/pagination';
import { visibleColumns } from '@/lib/dashboard/columns';
import type { DashboardData } from '@/lib/dashboard/load';
import { DASHBOARD_PAGE_SIZE, dashboardHref, exportHref, type DashboardParams } from '@/lib/dashboard/params';
import { formatDate } from '@/lib/format';

/**
 * The dashboard of one member and one view of its table, as read at `shownAt`: rendered per request by
 * /dashboard and, for a view served from the page cache, by /dashboard/views/<segment>.
 */
export function DashboardView({
  data,
  params,
  shownAt,
}: {
  data: DashboardData;
  params: DashboardParams;
  shownAt: Date;
}) {
  const { since, columns, others, savedSearches, rows, total, following, changes } = data;
  const pageCount = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  return (
    <>
      <h1>Dashboard</h1>
      <div className="dashboard">
        <div className="dashboard-main">
          {!following ? (
            <p>
              You follow no measures yet. Use the <strong>Follow</strong> button on a measure, person or body page; what
              you follow appears here.
            </p>
          ) : (
            <>
              <DashboardFilters params={params} />
              <p className="dashboard-tools">
                <a href={exportHref(params)} download>
                  Export this view as CSV
                </a>{' '}
                <span className="muted">(all {total} matching rows)</span>
              </p>
              <ColumnChooser visible={visibleColumns(columns)} />
              <DashboardTable
                rows={rows}
                total={total}
                pageSize={DASHBOARD_PAGE_SIZE}
                params={params}
                visible={visibleColumns(columns)}
              />
              <Pagination page={params.page} pageCount={pageCount} href={(n) => dashboardHref(params, { page: n })} />
            </>
          )}
          <FollowedRecords follows={others} />
          <section aria-labelledby="saved-searches">
            <h2 id="saved-searches">Saved searches</h2>
            <SavedSearchList
              items={savedSearches.map((item) => ({
                id: item.id,
                name: item.name,
                href: item.href,
                createdAt: formatDate(item.createdAt),
              }))}
            />
            {savedSearches.length ? (
              <p>
                <Link href="/account/searches">All saved searches</Link>
              </p>
            ) : null}
          </section>
        </div>
        <aside className="dashboard-aside" aria-label="What changed since your last visit">
          <ChangesPanel groups={changes.groups} total={changes.total} since={since} shownAt={shownAt} />
        </aside>
      </div>
    </>
  );
}
