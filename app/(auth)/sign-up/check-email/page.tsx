import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import Link from '@/components/ui/link';
import { magicLinksEnabled } from '@/lib/auth/env';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

// Every sign-up ends here, whether or not the address already had an account (lib/auth/actions.ts, signUp): the page
// must read the same in both cases.
async function NextSteps() {
  await connection(); // whether this site sends mail is read from the environment at request time
  return magicLinksEnabled() ? (
    <p>
      We sent a message to the address you gave. It says how to sign in: with the email and password you chose if the
      account is new, or with the account the address already has.
    </p>
  ) : (
    <p>If the address you gave had no account, it has one now: sign in with the email and password you chose.</p>
  );
}

export default function SignUpCheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <NextSteps />
      </Suspense>
      <p>
        <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
