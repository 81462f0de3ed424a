import { getBodyFeed } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/respond';

export async function GET(_request: Request, { params }: RouteContext<'/api/feeds/bodies/[slug]/[format]'>) {
  const { slug, format } = await params;
  return feedResponse(format, `/api/feeds/bodies/${slug}/${format}`, () => getBodyFeed(slug));
}
