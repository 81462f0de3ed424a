import type { Metadata } from 'next';
import { UserTable } from '@/components/auth/user-table';
import { requirePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Users', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

export default async function UsersPage() {
  const viewer = await requirePermission('user.manage', '/admin/users');
  const users = await listUsers(viewer);
  return (
    <>
      <h1>Users</h1>
      <p>
        Roles: members follow measures; editors also enter and correct them; admins also manage users. The last admin
        cannot be demoted or deactivated.
      </p>
      <UserTable users={users} viewerId={viewer.id} />
    </>
  );
}
