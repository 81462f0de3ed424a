import type { Metadata } from 'next';
import { MeasureListView, measureListDescription } from '@/components/measures/measure-list-view';
import { feedAlternates } from '@/lib/feeds/respond';
import { parseMeasureListParams } from '@/lib/measures/list-params';

// The default view; every other view (/measures?...) is rewritten by proxy.ts to /measures/views/<segment>.
export const ensureStatic = 'navigation';

export const metadata: Metadata = {
  title: 'Measures',
  description: measureListDescription,
  alternates: { canonical: '/measures', types: feedAlternates('/api/feeds/search', 'Measures') },
};

export default function MeasuresPage() {
  return <MeasureListView params={parseMeasureListParams({})} />;
}
