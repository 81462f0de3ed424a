import type { Metadata } from 'next';
import { feedAlternates } from '@/lib/feeds/respond';
import { searchQueryString, type SearchParams } from '@/lib/search/params';

/** The search page's metadata, the same whether it is served per request or from a view (proxy.ts). */
export function searchMetadata(params: SearchParams): Metadata {
  const title = params.q ? `Search: ${params.q}` : 'Search';
  // The feed of this search: its words and facets, newest first (lib/feeds/read-feeds.ts).
  const feedQuery = searchQueryString({ ...params, sort: 'newest', page: 1 });
  return {
    title,
    description:
      'Search measures by identifier in any spelling, by words in their titles, texts and actions, and people and bodies by name.',
    alternates: { canonical: '/search', types: feedAlternates('/api/feeds/search', title, feedQuery) },
    robots: { index: false, follow: true },
  };
}
