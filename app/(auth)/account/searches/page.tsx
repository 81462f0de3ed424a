import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { SavedSearchList } from '@/components/search/saved-search-list';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { listSavedSearches } from '@/lib/saved-searches/queries';

export const metadata: Metadata = { title: 'Saved searches', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

export default async function SavedSearchesPage() {
  const viewer = await requirePermission('account.manage', '/account/searches');
  const items = await listSavedSearches(viewer);
  return (
    <>
      <h1>Saved searches</h1>
      <p>
        <Link href="/account">Your account</Link>
      </p>
      <SavedSearchList
        items={items.map((item) => ({
          id: item.id,
          name: item.name,
          href: item.href,
          createdAt: formatDate(item.createdAt),
        }))}
      />
    </>
  );
}
