// Every page and route handler that is not public, with the permission it needs: the one list the authorization
// matrix (e2e/authorization-matrix.spec.ts) visits as each role, and lib/auth/protected-pages.test.ts checks that
// every page under app/(admin) is in it. Add a page here when you add it; dynamic segments take a sample value
// that need not exist (the permission check comes before the lookup).
import type { Permission } from '@/lib/auth/permissions';

export const protectedPages: Record<string, Permission> = {
  '/account': 'account.manage',
  '/admin': 'history.read',
  '/admin/users': 'user.manage',
};

export type ProtectedRoute = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; permission: Permission };

/** Non-public route handlers (app/api/**) that take a session. The Auth.js endpoints and /api/revalidate are not here. */
export const protectedRoutes: ProtectedRoute[] = [{ method: 'GET', path: '/api/account', permission: 'account.manage' }];
