import type { Metadata } from 'next';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { requirePermission } from '@/lib/auth/session';
import { parseDashboardParams } from '@/lib/dashboard/params';
import { loadDashboard } from '@/lib/dashboard/load';
import '@/app/(admin)/admin/measures/editor.css';
import '../dashboard.css';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Rendered per request when proxy.ts does not serve the view from the page cache (/dashboard/views/<segment>): a
 * view whose text filter is too long for a segment.
 */
export default async function DashboardPage({ searchParams }: Props) {
  const viewer = await requirePermission('dashboard.view', '/dashboard');
  const params = parseDashboardParams(await searchParams);
  const shownAt = new Date();
  return <DashboardView data={await loadDashboard(viewer, params)} params={params} shownAt={shownAt} />;
}
