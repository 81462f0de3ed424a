import type { Metadata } from 'next';
import { MeasureListView, measureListDescription } from '@/components/measures/measure-list-view';
import { feedAlternates } from '@/lib/feeds/respond';
import { measureListHref, parseMeasureViewSegment } from '@/lib/measures/list-params';

// One cached page per list view (docs/decisions/003-caching.md); reached through proxy.ts from /measures?...
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ view: 'all' }];
}

export async function generateMetadata({ params }: PageProps<'/measures/views/[view]'>): Promise<Metadata> {
  const query = measureListHref({ ...parseMeasureViewSegment((await params).view), sort: 'lastAction', dir: 'desc', page: 1 }).split('?')[1];
  return {
    title: 'Measures',
    description: measureListDescription,
    alternates: { canonical: '/measures', types: feedAlternates('/api/feeds/search', 'Measures', query) },
    robots: { index: false, follow: true },
  };
}

export default async function MeasureViewPage({ params }: PageProps<'/measures/views/[view]'>) {
  const { view } = await params;
  return <MeasureListView params={parseMeasureViewSegment(view)} />;
}
