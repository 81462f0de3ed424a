// Everything the dashboard page shows, read for one viewer and one view of the table. Private: never cached.
import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import { getFollowedPeopleAndBodies } from '@/lib/follows/queries';
import { getCurrentPositions } from '@/lib/positions/queries';
import { listSavedSearches } from '@/lib/saved-searches/queries';
import { getChangesSince } from './changes';
import type { DashboardParams } from './params';
import { getDashboardPage, getDashboardSettings } from './queries';

/**
 * Six statements in three steps: the settings with the followed measures' ids; then at once the people and bodies
 * followed, the saved searches, the table's page (rows, count and news marks in one) and the changes panel; then the
 * positions of the page's rows, read by lib/positions alone (decision 024).
 */
export async function loadDashboard(viewer: Viewer, params: DashboardParams) {
  const { since, columns, followedIds } = await getDashboardSettings(viewer.id);
  const [others, savedSearches, page, changes] = await Promise.all([
    getFollowedPeopleAndBodies(viewer.id),
    listSavedSearches(viewer, { limit: 20 }),
    getDashboardPage(viewer.id, followedIds, params, since),
    getChangesSince(viewer.id, followedIds, since),
  ]);
  const positions = await getCurrentPositions(
    viewer,
    page.rows.map((r) => r.id),
  );
  const rows = page.rows.map((row) => ({ ...row, position: positions.get(row.id) ?? null }));
  return { since, columns, others, savedSearches, rows, total: page.total, following: followedIds.length > 0, changes };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
