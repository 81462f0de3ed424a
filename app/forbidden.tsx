import type { Metadata } from 'next';
import Link from '@/components/ui/link';

export const metadata: Metadata = {
  title: 'Not allowed',
  description: 'Your account does not have access to this page.',
};

export default function Forbidden() {
  return (
    <>
      <h1>Not allowed</h1>
      <p>Your account does not have the role this page needs. If you think it should, ask an administrator.</p>
      <ul>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
        <li>
          <Link href="/account">Your account</Link>
        </li>
      </ul>
    </>
  );
}
