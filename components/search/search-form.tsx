import { dateKeys, dateLabels, MAX_QUERY_LENGTH, type SearchParams } from '@/lib/search/params';

const facetKeys = ['body', 'jurisdiction', 'type', 'stage', 'outcome', 'subject', 'sponsor'] as const;

/** The search page's own form: words, sort and date ranges; the chosen facets ride along as hidden fields. */
export function SearchForm({ params }: { params: SearchParams }) {
  return (
    <form className="search-form" role="search" aria-label="Refine" method="get" action="/search">
      <p className="search-words">
        <label htmlFor="search-q">Search for</label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-help"
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </p>
      <p id="search-help" className="muted">
        An identifier in any spelling (H.Res. 240, hres240, CF 21-0002-S1), words from titles, summaries, texts and
        actions (&quot;quoted phrases&quot;, or, -without), or a name.
      </p>
      <fieldset className="filters">
        <legend>Dates and order</legend>
        {dateKeys.map((key) => (
          <label key={key}>
            {dateLabels[key]}
            <input type="date" name={key} defaultValue={params[key] ?? ''} />
          </label>
        ))}
        <label>
          Sort by
          <select name="sort" defaultValue={params.sort}>
            <option value="relevance">Relevance</option>
            <option value="newest">Latest action, newest first</option>
            <option value="oldest">Latest action, oldest first</option>
          </select>
        </label>
        {facetKeys.map((key) =>
          params[key] ? <input key={key} type="hidden" name={key} value={params[key]} /> : null,
        )}
        <button type="submit">Apply</button>
      </fieldset>
    </form>
  );
}
