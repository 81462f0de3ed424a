import Link from '@/components/ui/link';
import { MeasureFilters } from '@/components/measures/measure-filters';
import { MeasureListScope, measureListHeading } from '@/components/measures/measure-list-scope';
import { MeasuresTable } from '@/components/measures/measures-table';
import { JsonLd } from '@/components/ui/json-ld';
import { Pagination } from '@/components/ui/pagination';
import { measureListHref, type MeasureListParams } from '@/lib/measures/list-params';
import { findMeasures, getMeasureBodies, getMeasureListFilterNames } from '@/lib/measures/queries';

export const measureListDescription =
  'Every measure tracked, from city council resolutions to bills in Congress: filter by body, sponsor, addressee, type, stage and outcome.';

/** The measures list for one view (filters, sort, page): the same for /measures and every cached /measures?... view. */
export async function MeasureListView({ params }: { params: MeasureListParams }) {
  const { sponsor, cosponsor, addressee } = params;
  const [{ rows, total, pageSize }, bodies, names] = await Promise.all([
    findMeasures(params),
    getMeasureBodies(),
    getMeasureListFilterNames({ sponsor, cosponsor, addressee }),
  ]);
  const heading = measureListHeading(names);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <>
      <JsonLd data={{ '@type': 'CollectionPage', name: heading, description: measureListDescription }} />
      <h1>{heading}</h1>
      <MeasureListScope params={params} names={names} />
      <MeasureFilters params={params} bodies={bodies} />
      {rows.length > 0 ? (
        <MeasuresTable rows={rows} total={total} pageSize={pageSize} params={params} />
      ) : total > 0 ? (
        <p className="notice" role="status">
          There is no page {params.page}: these filters give {total} {total === 1 ? 'measure' : 'measures'} on{' '}
          {pageCount} {pageCount === 1 ? 'page' : 'pages'}.{' '}
          <Link href={measureListHref(params, { page: 1 })}>Go to the first page</Link>
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
