// The one lookup of a database session: the token from the session cookie → the signed-in user. Used by getViewer
// (lib/auth/session.ts) for pages, layouts and actions, and by proxy.ts (lib/auth/proxy-guard.ts) for the status
// codes of protected pages. Auth.js reads the same rows through its adapter (lib/auth/config.ts) for its own
// endpoints (the header's /api/auth/session, which also extends a session in use).
import { sessionCookie } from '@/lib/auth/cookies';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';

/** The name of the session cookie (`__Secure-authjs.session-token` in production). */
export const sessionCookieName = () => sessionCookie().name;

/** The user of an unexpired session, or null: no such session, expired, or the user is deactivated. */
export async function viewerForSessionToken(sessionToken: string | undefined): Promise<Viewer | null> {
  if (!sessionToken) return null;
  const session = await db.session.findFirst({
    where: { sessionToken, expires: { gt: new Date() }, user: { deactivatedAt: null } },
    select: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  return session ? { ...session.user, name: session.user.name ?? null } : null;
}
