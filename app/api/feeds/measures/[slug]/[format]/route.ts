import { getMeasureFeed } from '@/lib/feeds/queries';
import { feedResponse } from '@/lib/feeds/respond';

export async function GET(_request: Request, { params }: RouteContext<'/api/feeds/measures/[slug]/[format]'>) {
  const { slug, format } = await params;
  return feedResponse(format, `/api/feeds/measures/${slug}/${format}`, () => getMeasureFeed(slug));
}
