import type { Metadata } from 'next';
import Link from '@/components/ui/link';

export const metadata: Metadata = { title: 'Page not found', description: 'There is no page at this address.' };

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. The measure, person or body may have a different address, or none yet.</p>
      <ul>
        <li>
          <Link href="/measures">Browse all measures</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </>
  );
}
