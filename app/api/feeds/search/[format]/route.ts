// The feed of a search URL: /api/feeds/search/rss?q=...&type=... takes the search page's words and facets (the
// measures list's filters have the same names, so its URLs work too). Sorting and paging do not apply to a feed.
import { getSearchFeed } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/respond';
import { parseSearchParams, searchQueryString } from '@/lib/search/params';

export async function GET(request: Request, { params }: RouteContext<'/api/feeds/search/[format]'>) {
  const { format } = await params;
  const url = new URL(request.url);
  const { params: search } = parseSearchParams(Object.fromEntries(url.searchParams));
  const canonical = { ...search, sort: 'newest' as const, page: 1 };
  const query = searchQueryString(canonical);
  return feedResponse(format, `/api/feeds/search/${format}${query ? `?${query}` : ''}`, () => getSearchFeed(canonical));
}
