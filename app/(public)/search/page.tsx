import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SearchView } from '@/components/search/search-view';
import { getViewer } from '@/lib/auth/session';
import { searchMetadata } from '@/lib/search/metadata';
import { parseSearchParams } from '@/lib/search/params';
import { cachedSearch } from '@/lib/search/cached';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(parseSearchParams(await searchParams).params);
}

// Rendered per request for members (the save button) and for URLs with ignored or cut values (the notices), over a
// cached answer per query (lib/search/cached.ts). Anyone else's search is rewritten by proxy.ts to its cached view
// (search/views/[view]). An exact identifier match is redirected by proxy.ts before this page runs (a real 307, no
// JavaScript needed); the redirect here covers a request that bypassed it.
export const instant = false;

export default async function SearchPage({ searchParams }: Props) {
  const { params, notices } = parseSearchParams(await searchParams);
  const [result, viewer] = await Promise.all([cachedSearch(params), getViewer()]);
  if (result.exactSlug) redirect(`/measures/${result.exactSlug}`);
  return <SearchView params={params} notices={notices} result={result} viewer={viewer} />;
}
