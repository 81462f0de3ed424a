import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { SignUpForm } from '@/components/auth/sign-up-form';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

export default function SignUpPage() {
  return (
    <>
      <h1>Create an account</h1>
      <p>
        An account lets you follow measures and get alerts. New accounts are members; an administrator can give more
        rights.
      </p>
      <SignUpForm />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </>
  );
}
