import { getPersonFeed } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/respond';

export async function GET(_request: Request, { params }: RouteContext<'/api/feeds/people/[slug]/[format]'>) {
  const { slug, format } = await params;
  return feedResponse(format, `/api/feeds/people/${slug}/${format}`, () => getPersonFeed(slug));
}
