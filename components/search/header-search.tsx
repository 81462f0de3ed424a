/** The header's search box: a plain GET form to /search, so it works without JavaScript. */
export function HeaderSearch() {
  return (
    <form className="header-search" role="search" aria-label="Site" method="get" action="/search">
      <label htmlFor="site-search" className="visually-hidden">
        Search measures, people and bodies
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="H.Res. 240, Krekorian, prisoners of war"
        maxLength={200}
      />
      <button type="submit">Search</button>
    </form>
  );
}
