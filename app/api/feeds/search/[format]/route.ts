// The feed of a measures list URL: /api/feeds/search/rss?stage=...&body=... takes the list's own filters.
import { getSearchFeed } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/respond';
import { parseMeasureListParams } from '@/lib/measures/list-params';

export async function GET(request: Request, { params }: RouteContext<'/api/feeds/search/[format]'>) {
  const { format } = await params;
  const url = new URL(request.url);
  const list = parseMeasureListParams(Object.fromEntries(url.searchParams));
  return feedResponse(format, `/api/feeds/search/${format}${url.search}`, () => getSearchFeed({ ...list, sort: 'lastAction', dir: 'desc', page: 1 }));
}
