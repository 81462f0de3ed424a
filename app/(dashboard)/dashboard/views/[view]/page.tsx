import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { authEnv } from '@/lib/auth/env';
import { cachedDashboardView } from '@/lib/dashboard/cached';
import { readDashboardViewSegment } from '@/lib/dashboard/view-segment';
import '@/app/(admin)/admin/measures/editor.css';
import '../../../dashboard.css';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

// A member's dashboard view from the page cache, reached only through proxy.ts, which checks the session, signs the
// segment for that member and the database's current version, and answers 404 to any request for this path
// (docs/decisions/024-member-dashboard.md). The browser keeps /dashboard?... as its URL.
export const ensureStatic = 'navigation';

/** Cache Components need one param to prerender; no server signs it, so it answers 404. */
export function generateStaticParams() {
  return [{ view: 'unsigned' }];
}

export default async function DashboardViewPage({ params }: PageProps<'/dashboard/views/[view]'>) {
  const segment = (await params).view;
  // Checked here too, so an unsigned segment is a 404 without a cache entry of its own.
  if (!readDashboardViewSegment(authEnv().secret, segment)) notFound();
  const found = await cachedDashboardView(segment);
  if (!found) notFound();
  return <DashboardView data={found.data} params={found.params} shownAt={found.shownAt} />;
}
