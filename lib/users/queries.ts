import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import { can } from '@/lib/auth/permissions';
import { db } from '@/lib/db';

/** Every user, for the admin users page: admins only, checked here as well as on the page. */
export async function listUsers(viewer: Viewer) {
  if (!can(viewer.role, 'user.manage')) throw new Error('Listing users needs the user.manage permission.');
  return db.user.findMany({
    orderBy: [{ deactivatedAt: { sort: 'asc', nulls: 'first' } }, { email: 'asc' }],
    select: { id: true, email: true, name: true, role: true, deactivatedAt: true, createdAt: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
