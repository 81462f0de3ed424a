// A member's dashboard view as cached data, for /dashboard/views/<segment> (lib/dashboard/view-segment.ts). Private:
// keyed by the member and the database version the proxy signed, never by anything a visitor can choose.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { can } from '@/lib/auth/permissions';
import { tags } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import { loadDashboard } from './load';
import { parseDashboardParams } from './params';

/**
 * The dashboard of `userId` for the view `query` (canonical, as dashboardQuery writes it), read under the database
 * version `version`: the argument is unused in the body and makes the cache key, so a write anywhere means a new read.
 * Null when the user cannot see a dashboard (deactivated, or a role without `dashboard.view`): the page checks the
 * account itself rather than trusting that the proxy did.
 */
export async function cachedDashboardView(userId: string, version: string, query: string) {
  'use cache';
  // The key holds everything the view depends on; the life only bounds how long an unvisited view keeps its memory.
  cacheLife({ stale: 30, revalidate: 3600, expire: 86_400 });
  // A member's action answers with the view they are on, under the version read before it wrote (proxy.ts): the
  // action expires this tag so that answer is read again.
  cacheTag(tags.dashboard(userId));
  void version;
  const user = await db.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { id: true, email: true, name: true, role: true } });
  if (!user || !can(user.role, 'dashboard.view')) return null;
  const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(query)));
  const data = await loadDashboard({ ...user, name: user.name ?? null }, params);
  return { data, params, shownAt: new Date() };
}
