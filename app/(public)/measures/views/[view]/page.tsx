import type { Metadata } from 'next';
import { MeasureListView, measureListDescription } from '@/components/measures/measure-list-view';
import { parseMeasureViewSegment } from '@/lib/measures/list-params';

// One cached page per list view (docs/decisions/003-caching.md); reached through proxy.ts from /measures?...
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ view: 'all' }];
}

export const metadata: Metadata = {
  title: 'Measures',
  description: measureListDescription,
  alternates: { canonical: '/measures' },
  robots: { index: false, follow: true },
};

export default async function MeasureViewPage({ params }: PageProps<'/measures/views/[view]'>) {
  const { view } = await params;
  return <MeasureListView params={parseMeasureViewSegment(view)} />;
}
