import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ChangesPanel } from '@/components/dashboard/changes-panel';
import { ColumnChooser } from '@/components/dashboard/column-chooser';
import { DashboardFilters } from '@/components/dashboard/dashboard-filters';
import { DashboardTable } from '@/components/dashboard/dashboard-table';
import { FollowedRecords } from '@/components/dashboard/followed-records';
import { SavedSearchList } from '@/components/search/saved-search-list';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { visibleColumns } from '@/lib/dashboard/columns';
import { DASHBOARD_PAGE_SIZE, dashboardHref, exportHref, parseDashboardParams } from '@/lib/dashboard/params';
import { loadDashboard } from '@/lib/dashboard/load';
import { formatDate } from '@/lib/format';
import '@/app/(admin)/admin/measures/editor.css';
import '../dashboard.css';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const viewer = await requirePermission('dashboard.view', '/dashboard');
  const params = parseDashboardParams(await searchParams);
  const shownAt = new Date();
  const { since, columns, others, savedSearches, rows, total, following, changes } = await loadDashboard(viewer, params);
  const pageCount = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));

  return (
    <>
      <h1>Dashboard</h1>
      <div className="dashboard">
        <div className="dashboard-main">
          {!following ? (
            <p>
              You follow no measures yet. Use the <strong>Follow</strong> button on a measure, person or body page; what you follow appears here.
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
              <DashboardTable rows={rows} total={total} pageSize={DASHBOARD_PAGE_SIZE} params={params} visible={visibleColumns(columns)} />
              <Pagination page={params.page} pageCount={pageCount} href={(n) => dashboardHref(params, { page: n })} />
            </>
          )}
          <FollowedRecords follows={others} />
          <section aria-labelledby="saved-searches">
            <h2 id="saved-searches">Saved searches</h2>
            <SavedSearchList items={savedSearches.map((item) => ({ id: item.id, name: item.name, href: item.href, createdAt: formatDate(item.createdAt) }))} />
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
