import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Administration', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

export default async function AdminHome() {
  const viewer = await requirePermission('history.read', '/admin');
  return (
    <>
      <h1>Administration</h1>
      <p>
        Signed in as {viewer.email} ({viewer.role}).
      </p>
      <ul>
        {can(viewer.role, 'measure.edit') ? (
          <li>
            <Link href="/admin/measures">Measures</Link>
          </li>
        ) : null}
        {can(viewer.role, 'person.edit') ? (
          <li>
            <Link href="/admin/people">People</Link>
          </li>
        ) : null}
        {can(viewer.role, 'body.edit') ? (
          <li>
            <Link href="/admin/bodies">Bodies</Link>
          </li>
        ) : null}
        {can(viewer.role, 'campaign.edit') ? (
          <li>
            <Link href="/admin/campaigns">Campaigns</Link> · <Link href="/admin/districts">Places and districts</Link>
          </li>
        ) : null}
        {can(viewer.role, 'import.run') ? (
          <li>
            <Link href="/admin/import">Import official data</Link>
          </li>
        ) : null}
        {can(viewer.role, 'sync.manage') ? (
          <li>
            <Link href="/admin/sources">Sources kept in sync</Link>
          </li>
        ) : null}
        {can(viewer.role, 'audit.read') ? (
          <li>
            <Link href="/admin/audit">Audit log</Link>
          </li>
        ) : null}
        {can(viewer.role, 'user.manage') ? (
          <li>
            <Link href="/admin/users">Users and roles</Link>
          </li>
        ) : null}
      </ul>
    </>
  );
}
