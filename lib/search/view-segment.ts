// A search as one path segment, so that the anonymous answer to each search is a cached page of its own: proxy.ts
// rewrites /search?... to /search/views/<segment> (docs/decisions/022-caching.md).
import { parseSearchParams, searchQueryString, type SearchParams } from '@/lib/search/params';

/** The segment of the empty search (no words, no filters); base64url never has a length of 4n + 1, so no search's. */
export const EMPTY_SEARCH_SEGMENT = 'empty';

/**
 * Longer segments are not served as views. Views were first stored as files named after their segment, and a file
 * name has at most 255 bytes; they are kept in memory now (lib/cache/view-cache-handler.cjs), and the bound stays so
 * that a cache key cannot grow with the query. 200 characters hold a canonical query string of 150 bytes, e.g. 130
 * characters of plain words.
 */
export const MAX_SEARCH_SEGMENT_LENGTH = 200;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The first value of each key, as the search page reads Next's searchParams (lib/search/params.ts `first`). */
export function firstValues(searchParams: URLSearchParams): Record<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of searchParams) if (!values.has(key)) values.set(key, value);
  return Object.fromEntries(values);
}

/**
 * The canonical query string of the search (searchQueryString, which saved searches and links use: fixed key order,
 * defaults left out), in base64url: any word, quote, slash, "%" or letter of any script is safe in a path segment, and
 * equivalent URLs (another order, sort=relevance, page=1, extra spaces) give the same segment.
 */
export function searchViewSegment(params: SearchParams): string {
  const query = searchQueryString(params, { page: params.page });
  return query ? Buffer.from(query, 'utf8').toString('base64url') : EMPTY_SEARCH_SEGMENT;
}

/** A search URL's query read as the page reads it (first value of a repeated key), with its notices. */
export type ParsedSearch = ReturnType<typeof parseSearchParams>;

export function readSearchUrl(searchParams: URLSearchParams): ParsedSearch {
  return parseSearchParams(firstValues(searchParams));
}

const emptySearch = (): SearchParams => parseSearchParams({}).params;

/**
 * The search a segment stands for. Only canonical segments are read (what searchViewSegment gives for some search);
 * anything else, however it came to be asked for, is the empty search: one page, never an error.
 */
export function parseSearchViewSegment(segment: string): SearchParams {
  if (segment.length > MAX_SEARCH_SEGMENT_LENGTH || !BASE64URL.test(segment)) return emptySearch();
  const query = Buffer.from(segment, 'base64url').toString('utf8');
  const { params, notices } = parseSearchParams(firstValues(new URLSearchParams(query)));
  return notices.length === 0 && searchViewSegment(params) === segment ? params : emptySearch();
}

/**
 * Where proxy.ts serves a search from: its view, or null to keep the per-request page when parsing the URL left
 * notices (ignored or cut values, which the page explains) or the segment would be too long for a file name.
 */
export function searchViewPath({ params, notices }: ParsedSearch): string | null {
  if (notices.length > 0) return null;
  const segment = searchViewSegment(params);
  return segment.length <= MAX_SEARCH_SEGMENT_LENGTH ? `/search/views/${segment}` : null;
}
