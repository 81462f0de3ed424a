// A member's saved searches, for the account page and the dashboard (and later, alerts).
import type { DbTx } from '@/lib/changes/record-change';
import type { Viewer } from '@/lib/auth/viewer';

export type SavedSearchItem = { id: number; name: string; query: string; href: string; createdAt: Date };

/** The viewer's saved searches, newest first, each with the link that runs it. Private: only the viewer's own. */
export async function listSavedSearches(
  viewer: Viewer,
  options: { db?: DbTx; limit?: number } = {},
): Promise<SavedSearchItem[]> {
  const db = options.db ?? (await import('@/lib/db')).db;
  const rows = await db.savedSearch.findMany({
    where: { userId: viewer.id },
    select: { id: true, name: true, query: true, createdAt: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 100,
  });
  return rows.map((row) => ({ ...row, href: row.query ? `/search?${row.query}` : '/search' }));
}
