import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { getViewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { feedAlternates } from '@/lib/feeds/respond';
import { parseSearchParams, searchQueryString } from '@/lib/search/params';
import { searchMeasures } from '@/lib/search/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchParams(await searchParams);
  // The feed of this search: its words and facets, newest first (lib/feeds/read-feeds.ts).
  const feedQuery = searchQueryString({ ...params, sort: 'newest', page: 1 });
  return {
    title: params.q ? `Search: ${params.q}` : 'Search',
    description: 'Search measures by identifier in any spelling, by words in their titles, texts and actions, and people and bodies by name.',
    alternates: { canonical: '/search', types: feedAlternates('/api/feeds/search', params.q ? `Search: ${params.q}` : 'Search', feedQuery) },
    robots: { index: false, follow: true },
  };
}

// Every query is its own answer: rendered per request (never cached). An exact identifier match is redirected by
// proxy.ts before this page runs (a real 307, no JavaScript needed); the redirect here covers a request that
// bypassed it.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  const [result, viewer] = await Promise.all([searchMeasures(db, params), getViewer()]);
  if (result.exactSlug) redirect(`/measures/${result.exactSlug}`);
  return <SearchView params={params} notices={notices} result={result} viewer={viewer} />;
}
