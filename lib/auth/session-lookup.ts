// The one lookup of a database session: the token from the session cookie → the signed-in user. Used by getViewer
// (lib/auth/session.ts) for pages, layouts and actions, and by proxy.ts (lib/auth/proxy-guard.ts) for the status
// codes of protected pages. Auth.js reads the same rows through its adapter (lib/auth/config.ts) for its own
// endpoints (the header's /api/auth/session, which also extends a session in use).
import { sessionCookie } from '@/lib/auth/cookies';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { queryRows } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

/** The name of the session cookie (`__Secure-authjs.session-token` in production). */
export const sessionCookieName = () => sessionCookie().name;

/**
 * The user of an unexpired session, or null: no such session, expired, or the user is deactivated. One statement
 * through the pg pool (lib/db/client.ts queryRows): every protected request and every dashboard view pays for it.
 */
export async function viewerForSessionToken(sessionToken: string | undefined): Promise<Viewer | null> {
  if (!sessionToken) return null;
  const [viewer] = await queryRows<Viewer>(
    db,
    Prisma.sql`
    SELECT u."id", u."email", u."name", u."role"::text AS "role"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${sessionToken} AND s."expires" > now() AND u."deactivatedAt" IS NULL`,
  );
  return viewer ?? null;
}
