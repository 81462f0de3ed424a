// The version of what one member's dashboard reads, for the keys of cached dashboard views
// (lib/dashboard/view-segment.ts): docs/decisions/070-database-driven-revalidation.md.
import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { tags } from '@/lib/cache/tags';
import { queryRows, type DbClient } from '@/lib/db/client';

/**
 * A hash of the member's `dashboard:<user id>` rows in "CacheTagChange": how many there are and the last id. The
 * database's triggers write such a row in the transaction of every change to what the member's dashboard reads (their
 * follows, saved searches, account, the positions and records of what they follow: rt_cache_tags_of and
 * rt_cache_record_tags, migration 20261204093109_cache_tag_changes), so it changes when one commits, whoever wrote it,
 * and a commit elsewhere (a sync of measures nobody follows, another database on the server) leaves it alone. The
 * count is in it because ids are taken before commit: a transaction committing after a larger id adds a row without
 * raising the last id. Rows are pruned after an hour; the views of an old version were expired by the same tag then.
 */
export async function dataVersion(db: Pick<DbClient, '$queryRaw'>, userId: string): Promise<string> {
  const [row] = await queryRows<{ rows: string; last: string }>(
    db,
    Prisma.sql`SELECT count(*)::text AS "rows", COALESCE(max("id"), 0)::text AS "last"
      FROM "CacheTagChange" WHERE "tag" = ${tags.dashboard(userId)}`,
  );
  return createHash('sha256').update(`${userId} ${row!.rows} ${row!.last}`).digest('base64url').slice(0, 16);
}
