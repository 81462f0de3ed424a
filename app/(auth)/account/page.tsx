import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { AddApiKeyForm, RevokeApiKeyButton } from '@/components/account/api-keys';
import { ChangePasswordForm } from '@/components/auth/change-password-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { listApiKeys } from '@/lib/api/keys';
import { formatDate } from '@/lib/format';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

async function Account() {
  const viewer = await requirePermission('account.manage', '/account');
  const [user, keys] = await Promise.all([
    db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } }),
    listApiKeys(db, viewer.id),
  ]);
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
      <h2>API keys</h2>
      <p>
        A key raises your limit on the <Link href="/api/docs">public API</Link>: send it as{' '}
        <code>Authorization: Bearer &lt;key&gt;</code>. It is shown once, when you create it; we keep only its hash.
      </p>
      {keys.length ? (
        <ul aria-label="Your API keys">
          {keys.map((key) => (
            <li key={key.id}>
              <strong>{key.name}</strong> <code>{key.prefix}…</code>, created {formatDate(key.createdAt)}, last used{' '}
              {key.lastUsedAt ? formatDate(key.lastUsedAt) : 'never'}
              {key.revokedAt ? `, revoked ${formatDate(key.revokedAt)}` : null}{' '}
              {key.revokedAt ? null : <RevokeApiKeyButton id={key.id} name={key.name} />}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No API keys.</p>
      )}
      <AddApiKeyForm />
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
