// What the admin page shows of each source: its settings, last and next run, and its recent runs with their errors.
import type { DbClient } from '@/lib/db/client';

export async function listSources(db: DbClient) {
  return db.syncSource.findMany({
    orderBy: { name: 'asc' },
    include: {
      runs: {
        orderBy: { id: 'desc' },
        take: 10,
        include: { errors: { orderBy: { id: 'asc' }, take: 50 }, _count: { select: { errors: true } } },
      },
      _count: { select: { items: true } },
    },
  });
}

export type SourceRow = Awaited<ReturnType<typeof listSources>>[number];

/** "Last checked against <source> at <time>" of a measure: the newest item of a source that names it. */
export async function lastChecked(db: DbClient, measureId: number) {
  const item = await db.syncItem.findFirst({
    where: { measureId },
    orderBy: { checkedAt: { sort: 'desc', nulls: 'last' } },
    select: { url: true, checkedAt: true, source: { select: { name: true, lastRunAt: true } } },
  });
  if (!item) return null;
  // A run that finished after the item was read looked at it again (its sitemap or filter said it was unchanged).
  const times = [item.checkedAt, item.source.lastRunAt].filter((t): t is Date => t instanceof Date);
  const at = times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
  return { sourceName: item.source.name, url: item.url, at };
}
