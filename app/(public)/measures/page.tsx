import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { MeasureFilters } from '@/components/measures/measure-filters';
import { MeasuresTable } from '@/components/measures/measures-table';
import { Pagination } from '@/components/ui/pagination';
import { JsonLd } from '@/components/ui/json-ld';
import { measureListHref, parseMeasureListParams } from '@/lib/measures/list-params';
import { findMeasures, getMeasureBodies } from '@/lib/measures/queries';

export const metadata: Metadata = {
  title: 'Measures',
  description: 'Every measure tracked, from city council resolutions to bills in Congress: filter by body, type, stage and outcome.',
  alternates: { canonical: '/measures' },
};

export default function MeasuresPage({ searchParams }: PageProps<'/measures'>) {
  return (
    <>
      <JsonLd data={{ '@type': 'CollectionPage', name: 'Measures', description: metadata.description }} />
      <h1>Measures</h1>
      {/* The list depends on the URL's query, so it streams into the cached shell. */}
      <Suspense fallback={<p>Loading measures…</p>}>
        <MeasureResults searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function MeasureResults({ searchParams }: Pick<PageProps<'/measures'>, 'searchParams'>) {
  const params = parseMeasureListParams(await searchParams);
  const [{ rows, total, pageSize }, bodies] = await Promise.all([findMeasures(params), getMeasureBodies()]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <>
      <MeasureFilters params={params} bodies={bodies} />
      {rows.length > 0 ? (
        <MeasuresTable rows={rows} total={total} pageSize={pageSize} params={params} />
      ) : total > 0 ? (
        <p className="notice" role="status">
          There is no page {params.page}: these filters give {total} {total === 1 ? 'measure' : 'measures'} on {pageCount}{' '}
          {pageCount === 1 ? 'page' : 'pages'}. <Link href={measureListHref(params, { page: 1 })}>Go to the first page</Link>
        </p>
      ) : (
        <p className="notice" role="status">
          No measures match these filters. <Link href="/measures">Show all measures</Link>
        </p>
      )}
      <Pagination page={params.page} pageCount={pageCount} href={(page) => measureListHref(params, { page })} />
    </>
  );
}
