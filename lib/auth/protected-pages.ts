// Every page and route handler that is not public, with the permission it needs: the one list the authorization
// matrix (e2e/authorization-matrix.spec.ts) visits as each role. lib/auth/protected-pages.test.ts checks that
// every page under app/(admin) and app/(auth)/account, and every route under app/api, is listed.
// Add a page here when you add it; dynamic segments take a sample value that need not exist (the permission check
// comes before the lookup).
import type { Permission } from '@/lib/auth/permissions';

export const protectedPages: Record<string, Permission> = {
  '/account': 'account.manage',
  '/admin': 'history.read',
  '/admin/users': 'user.manage',
  '/admin/measures': 'measure.edit',
  '/admin/measures/new': 'measure.edit',
  '/admin/measures/0': 'measure.edit',
  '/admin/people': 'person.edit',
  '/admin/people/new': 'person.edit',
  '/admin/people/0': 'person.edit',
};

export type ProtectedRoute = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; permission: Permission };

/** Non-public route handlers (app/api/**) that take a session. The Auth.js endpoints and /api/revalidate are not here. */
export const protectedRoutes: ProtectedRoute[] = [];

/** Route handlers open to everyone, and why (lib/auth/protected-pages.test.ts: every route is in one list or the other). */
export const publicRoutes: Record<string, string> = {
  '/api/auth/[...nextauth]': 'Auth.js: sign-in callbacks and the session read by the header (Origin checked on POST)',
  '/api/revalidate': 'machine clients with a bearer secret, no session',
};
