import Link from '@/components/ui/link';
import { FacetList, shownCount } from '@/components/search/facet-list';
import { NameMatches } from '@/components/search/name-matches';
import { SaveSearchForm } from '@/components/search/save-search-form';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';
import { Pagination } from '@/components/ui/pagination';
import type { Viewer } from '@/lib/auth/viewer';
import { hasFilters, searchHref, searchQueryString, SEARCH_PAGE_SIZE, type SearchParams } from '@/lib/search/params';
import type { SearchResult } from '@/lib/search/queries';

type Props = { params: SearchParams; notices: string[]; result: SearchResult; viewer: Viewer | null };

function Summary({ params, result }: { params: SearchParams; result: SearchResult }) {
  const shown = shownCount(result.total, result.facets.approximate);
  const count = `${result.facets.approximate ? shown.replace(/^a/, 'A') : shown} ${result.total === 1 ? 'measure' : 'measures'}`;
  if (result.onlyStopWords) {
    return (
      <p className="notice">
        “{params.q}” holds only very common words, which search ignores. Try more specific words or an identifier.
      </p>
    );
  }
  return (
    <p role="status">
      {count} {params.q ? <>match “{params.q}”</> : 'match these filters'}
      {hasFilters(params) ? (
        <>
          {' '}
          ·{' '}
          <Link
            href={searchHref({
              ...params,
              body: undefined,
              jurisdiction: undefined,
              type: undefined,
              stage: undefined,
              outcome: undefined,
              subject: undefined,
              sponsor: undefined,
              introducedFrom: undefined,
              introducedTo: undefined,
              actionFrom: undefined,
              actionTo: undefined,
            })}
          >
            Clear all filters
          </Link>
        </>
      ) : null}
    </p>
  );
}

/** The search page: the form, what was ignored, facets beside the results, names, paging and saving. */
export function SearchView({ params, notices, result, viewer }: Props) {
  const searched = Boolean(params.q) || hasFilters(params);
  const pageCount = Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
  const query = searchQueryString(params);
  return (
    <>
      <h1>Search</h1>
      <SearchForm params={params} />
      {notices.length > 0 ? (
        <ul className="notice" aria-label="About your search">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {!searched ? (
        <p>
          Type an identifier, some words or a name above, or <Link href="/measures">browse every measure</Link>.
        </p>
      ) : (
        <div className="search-layout">
          <div className="search-main">
            <Summary params={params} result={result} />
            <NameMatches names={result.names} />
            {result.hits.length > 0 ? (
              <>
                <h2 className="visually-hidden">Measures</h2>
                <SearchResults hits={result.hits} start={(params.page - 1) * SEARCH_PAGE_SIZE + 1} />
              </>
            ) : result.total > 0 ? (
              <p className="notice">
                There is no page {params.page}. <Link href={searchHref(params, { page: 1 })}>Go to the first page</Link>
              </p>
            ) : null}
            <Pagination page={params.page} pageCount={pageCount} href={(page) => searchHref(params, { page })} />
            {viewer ? (
              <SaveSearchForm query={query} suggestedName={(params.q || 'Filtered measures').slice(0, 80)} />
            ) : (
              <p>
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(searchHref(params))}`}>Sign in</Link> to save
                this search.
              </p>
            )}
          </div>
          <FacetList facets={result.facets} params={params} />
        </div>
      )}
    </>
  );
}
