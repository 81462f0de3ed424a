import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { cachedSearch } from '@/lib/search/cached';
import { searchMetadata } from '@/lib/search/metadata';
import { EMPTY_SEARCH_SEGMENT, parseSearchViewSegment } from '@/lib/search/view-segment';

// One cached page per anonymous search, revalidated with the answer's list tags (docs/decisions/022-caching.md);
// reached through proxy.ts from /search?..., whose URL the browser keeps. Its links point at /search?... again.
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ view: EMPTY_SEARCH_SEGMENT }];
}

export async function generateMetadata({ params }: PageProps<'/search/views/[view]'>): Promise<Metadata> {
  return searchMetadata(parseSearchViewSegment((await params).view));
}

export default async function SearchViewPage({ params }: PageProps<'/search/views/[view]'>) {
  const search = parseSearchViewSegment((await params).view);
  const result = await cachedSearch(search);
  // proxy.ts redirects an exact identifier match first; this covers a measure created since, or a direct visit.
  if (result.exactSlug) redirect(`/measures/${result.exactSlug}`);
  return <SearchView params={search} notices={[]} result={result} viewer={null} />;
}
