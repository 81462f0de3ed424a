import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { getViewer } from '@/lib/auth/session';
import { feedAlternates } from '@/lib/feeds/respond';
import { parseSearchParams, searchQueryString } from '@/lib/search/params';
import { cachedSearch } from '@/lib/search/cached';

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

// Rendered per request (its query string and the viewer's save button), over a cached answer per query
// (lib/search/cached.ts). An exact identifier match is redirected by proxy.ts before this page runs (a real 307,
// no JavaScript needed); the redirect here covers a request that bypassed it.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  const [result, viewer] = await Promise.all([cachedSearch(params), getViewer()]);
  if (result.exactSlug) redirect(`/measures/${result.exactSlug}`);
  return <SearchView params={params} notices={notices} result={result} viewer={viewer} />;
}
