// A member's dashboard view as cached data, for /dashboard/views/<segment> (lib/dashboard/view-segment.ts). Private:
// keyed by the segment the proxy signed (member, database version, view), never by anything a visitor can choose.
// A 'use cache' function is also a server function anyone can POST to with arguments of their own (issue 17), so it
// takes the signed segment itself and checks the signature: a user id alone would open anyone's dashboard.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { can } from '@/lib/auth/permissions';
import { tags } from '@/lib/cache/tags';
import { authEnv } from '@/lib/auth/env';
import { db } from '@/lib/db';
import { loadDashboard } from './load';
import { readDashboardViewSegment } from './view-segment';

/**
 * The dashboard view a signed segment names: the member, the database version (unused in the body, it makes the cache
 * key, so a write anywhere means a new read) and the view's canonical query. Null for a segment this server did not
 * sign, and when the user cannot see a dashboard (deactivated, or a role without `dashboard.view`): the page checks the
 * account itself rather than trusting that the proxy did.
 */
export async function cachedDashboardView(segment: string) {
  'use cache';
  // The key holds everything the view depends on; the life only bounds how long an unvisited view keeps its memory.
  cacheLife({ stale: 30, revalidate: 3600, expire: 86_400 });
  const view = typeof segment === 'string' ? readDashboardViewSegment(authEnv().secret, segment) : null;
  if (!view) return null;
  // A member's action answers with the view they are on, under the version read before it wrote (proxy.ts): the
  // action expires this tag so that answer is read again.
  cacheTag(tags.dashboard(view.userId));
  const user = await db.user.findFirst({
    where: { id: view.userId, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user || !can(user.role, 'dashboard.view')) return null;
  const data = await loadDashboard({ ...user, name: user.name ?? null }, view.params);
  return { data, params: view.params, shownAt: new Date() };
}
