import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <>
      <h1>Check your email</h1>
      <p>We sent you a sign-in link. It works once and expires in 24 hours. You can close this page.</p>
    </>
  );
}
