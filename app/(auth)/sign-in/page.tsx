import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { MagicLinkForm } from '@/components/auth/magic-link-form';
import { SignInForm } from '@/components/auth/sign-in-form';
import { magicLinksEnabled } from '@/lib/auth/env';
import { callbackPath } from '@/lib/auth/request-origin';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Auth.js sends errors of the magic-link flow here (pages.error).
const errorMessages: Record<string, string> = {
  Verification: 'That sign-in link has expired or has already been used. Ask for a new one.',
  AccessDenied: 'This account cannot sign in. If it was deactivated, ask an administrator.',
};

async function SignInForms({ searchParams }: { searchParams: SearchParams }) {
  await connection(); // whether magic links are on is read from the environment at request time
  const params = await searchParams;
  // Checked here too, so the forms never carry an address off this site (the actions check again).
  const asked = first(params.callbackUrl);
  const callbackUrl = asked ? (await callbackPath(asked, '')) || undefined : undefined;
  const error = first(params.error);
  return (
    <>
      {error ? (
        <p role="alert" className="notice">
          {errorMessages[error] ?? 'Sign-in did not complete. Try again.'}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      {magicLinksEnabled() ? (
        <section aria-labelledby="magic-link-heading">
          <h2 id="magic-link-heading">Or get a link by email</h2>
          <MagicLinkForm callbackUrl={callbackUrl} />
        </section>
      ) : null}
    </>
  );
}

export default function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  return (
    <>
      <h1>Sign in</h1>
      <Suspense fallback={<p className="muted">Loading the sign-in form…</p>}>
        <SignInForms searchParams={searchParams} />
      </Suspense>
      <p>
        No account yet? <Link href="/sign-up">Create one</Link>.
      </p>
    </>
  );
}
