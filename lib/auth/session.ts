// The viewer of a request, for pages, layouts, actions and data functions. Pages and layouts that need a
// permission call requirePermission; server actions get the viewer from defineAction (lib/actions/safe-action.ts).
import 'server-only';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { can, type Permission } from '@/lib/auth/permissions';
import { callbackPath } from '@/lib/auth/request-origin';
import { testContext } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';

export type { Viewer } from '@/lib/auth/viewer';

const viewerOfRequest = cache(async (): Promise<Viewer | null> => {
  // The same lookup as proxy.ts (lib/auth/session-lookup.ts): expired sessions and deactivated users count as
  // signed out. Loaded on first use: tests set the viewer with runAsViewer and never load the database client.
  const { sessionCookieName, viewerForSessionToken } = await import('@/lib/auth/session-lookup');
  return viewerForSessionToken((await cookies()).get(sessionCookieName())?.value);
});

/** The signed-in user, or null when signed out or deactivated. */
export async function getViewer(): Promise<Viewer | null> {
  const test = testContext();
  if (test) return test.viewer;
  return viewerOfRequest();
}

/** The path and query of the page being rendered, for the sign-in page to come back to (set by proxy.ts when present). */
async function currentPath(fallback: string): Promise<string> {
  const list = await headers();
  return callbackPath(list.get('x-pathname') ?? list.get('next-url'), fallback);
}

/**
 * For pages and layouts: the viewer when they hold `permission`. Signed out: redirect to the sign-in page, which
 * comes back here afterwards. Signed in without the role: a 403 page (app/forbidden.tsx).
 */
export async function requirePermission(permission: Permission, path?: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const back = path ?? (await currentPath('/admin'));
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (!can(viewer.role, permission)) forbidden();
  return viewer;
}
