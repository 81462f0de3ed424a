import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { authEnv } from '@/lib/auth/env';
import { verifyUnsubscribeToken } from '@/lib/email/unsubscribe-token';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false } };

type SearchParams = Promise<{ token?: string | string[]; done?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Confirms before changing anything: link scanners fetch every URL in a mail, and must not unsubscribe anyone.
async function Confirm({ searchParams }: { searchParams: SearchParams }) {
  await connection();
  const params = await searchParams;
  if (first(params.done)) {
    return (
      <p role="status">
        Done: you will get no more alert emails. Notifications still appear on your{' '}
        <Link href="/account/notifications">notifications page</Link>, where you can turn email back on.
      </p>
    );
  }
  const token = first(params.token) ?? '';
  if (!verifyUnsubscribeToken(authEnv().secret, token)) {
    return (
      <p role="alert" className="notice">
        This unsubscribe link is not valid. Sign in and turn email off on your{' '}
        <Link href="/account/notifications">notifications page</Link>.
      </p>
    );
  }
  return (
    <form method="post" action="/api/unsubscribe">
      <input type="hidden" name="token" value={token} />
      <p>Stop alert emails for this account? Notifications will still appear in the app.</p>
      <button type="submit" className="button button-primary">
        Unsubscribe
      </button>
    </form>
  );
}

export default function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>Unsubscribe from alert emails</h1>
      <Suspense fallback={<p className="muted">Checking the link…</p>}>
        <Confirm searchParams={searchParams} />
      </Suspense>
    </>
  );
}
