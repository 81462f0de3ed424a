// The version of everything in the database, for the keys of cached dashboard views (lib/dashboard/view-segment.ts).
import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows, type DbClient } from '@/lib/db/client';

/**
 * A hash of the database's current snapshot (`pg_current_snapshot()`: the oldest transaction still running, the next
 * to start, and those running in between). Any transaction that commits changes it for good, whatever it wrote and
 * however it got there (an editor, an import, a script, psql), and reading never does. A view rendered after the
 * version was read shows at least what that version holds, so a view served under an unchanged version is current.
 */
export async function dataVersion(db: Pick<DbClient, '$queryRaw'>): Promise<string> {
  const [row] = await queryRows<{ snapshot: string }>(db, Prisma.sql`SELECT pg_current_snapshot()::text AS "snapshot"`);
  return createHash('sha256').update(row!.snapshot).digest('base64url').slice(0, 16);
}
