// Everything the dashboard page shows, read for one viewer and one view of the table. Private: never cached.
import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import { getFollowedPeopleAndBodies } from '@/lib/follows/queries';
import { getCurrentPositions } from '@/lib/positions/queries';
import { listSavedSearches } from '@/lib/saved-searches/queries';
import { getChangesSince } from './changes';
import type { DashboardParams } from './params';
import { getDashboardPage, getDashboardSettings, getFollowedMeasureIds } from './queries';

export async function loadDashboard(viewer: Viewer, params: DashboardParams) {
  // Independent reads run together: the page's server time is the longest chain, not the sum.
  const [{ since, columns }, followedIds, others, savedSearches] = await Promise.all([
    getDashboardSettings(viewer.id), getFollowedMeasureIds(viewer.id), getFollowedPeopleAndBodies(viewer.id), listSavedSearches(viewer, { limit: 20 }),
  ]);
  const [page, changes] = await Promise.all([getDashboardPage(viewer.id, params, since, followedIds), getChangesSince(viewer.id, followedIds, since)]);
  const positions = await getCurrentPositions(viewer, page.rows.map((r) => r.id));
  const rows = page.rows.map((row) => ({ ...row, newEvents: page.changed.get(row.id) ?? 0, position: positions.get(row.id) ?? null }));
  return { since, columns, others, savedSearches, rows, total: page.total, following: page.followedIds.length > 0, changes };
}
