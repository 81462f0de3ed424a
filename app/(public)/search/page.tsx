import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { getViewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseSearchParams } from '@/lib/search/params';
import { searchMeasures } from '@/lib/search/queries';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search measures by identifier in any spelling, by words in their titles, texts and actions, and people and bodies by name.',
  alternates: { canonical: '/search' },
  robots: { index: false, follow: true },
};

// Every query is its own answer: rendered per request (never cached). An exact identifier match is redirected by
// proxy.ts before this page runs (a real 307, no JavaScript needed); the redirect here covers a request that
// bypassed it.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  const [result, viewer] = await Promise.all([searchMeasures(db, params), getViewer()]);
  if (result.exactSlug) redirect(`/measures/${result.exactSlug}`);
  return <SearchView params={params} notices={notices} result={result} viewer={viewer} />;
}
