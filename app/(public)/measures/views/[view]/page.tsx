import type { Metadata } from 'next';
import { measureListHeading } from '@/components/measures/measure-list-scope';
import { MeasureListView, measureListDescription } from '@/components/measures/measure-list-view';
import { feedAlternates } from '@/lib/feeds/respond';
import { measureListHref, parseMeasureViewSegment } from '@/lib/measures/list-params';
import { getMeasureListFilterNames } from '@/lib/measures/queries';

// One cached page per list view (docs/decisions/022-caching.md); reached through proxy.ts from /measures?...
export const ensureStatic = 'navigation';

export function generateStaticParams() {
  return [{ view: 'all' }];
}

export async function generateMetadata({ params }: PageProps<'/measures/views/[view]'>): Promise<Metadata> {
  const { sponsor, cosponsor, addressee, ...rest } = parseMeasureViewSegment((await params).view);
  const names = await getMeasureListFilterNames({ sponsor, cosponsor, addressee });
  // The search feed knows the primary sponsor (its sponsor facet) but not cosponsors or addressees: a view with either
  // offers no feed rather than one of different measures.
  const feedQuery = measureListHref({ ...rest, sponsor, sort: 'lastAction', dir: 'desc', page: 1 }).split('?')[1];
  return {
    title: measureListHeading(names),
    description: measureListDescription,
    alternates: {
      canonical: '/measures',
      ...(cosponsor || addressee ? {} : { types: feedAlternates('/api/feeds/search', 'Measures', feedQuery) }),
    },
    robots: { index: false, follow: true },
  };
}

export default async function MeasureViewPage({ params }: PageProps<'/measures/views/[view]'>) {
  const { view } = await params;
  return <MeasureListView params={parseMeasureViewSegment(view)} />;
}
