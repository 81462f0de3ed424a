import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

async function Account() {
  const viewer = await requirePermission('account.manage', '/account');
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  return (
    <>
      <dl className="meta-list">
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Name</dt>
        <dd>{viewer.name ?? '—'}</dd>
        <dt>Role</dt>
        <dd>{viewer.role}</dd>
      </dl>
      <p>
        <Link href="/account/searches">Your saved searches</Link>
      </p>
      <SignOutButton />
      <h2>{user?.passwordHash ? 'Change your password' : 'Set a password'}</h2>
      <ChangePasswordForm hasPassword={Boolean(user?.passwordHash)} />
    </>
  );
}

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

export default async function AccountPage() {
  return (
    <>
      <h1>Your account</h1>
      <Account />
    </>
  );
}
