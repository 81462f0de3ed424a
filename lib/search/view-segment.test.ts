import { describe, expect, it } from 'vitest';
import { parseSearchParams, type SearchParams } from '@/lib/search/params';
import {
  EMPTY_SEARCH_SEGMENT,
  MAX_SEARCH_SEGMENT_LENGTH,
  parseSearchViewSegment,
  readSearchUrl,
  searchViewPath,
  searchViewSegment,
} from '@/lib/search/view-segment';

const search = (raw: Record<string, string>): SearchParams => parseSearchParams(raw).params;
const empty = search({});
const fromUrl = (query: string) => searchViewPath(readSearchUrl(new URLSearchParams(query)));

describe('search view segments', () => {
  it('read back the search they were made from, whatever its words', () => {
    const queries = [
      'affordable housing',
      `'; DROP TABLE "Measure"; --`,
      '"prisoners of war" -veterans or POW',
      'a/b\\c ../../etc/passwd %2F %00 ~ . .. ?x=1&y=2#frag +plus',
      'Résolution über Straßen 住房 жильё 🏠',
      'x'.repeat(140),
    ];
    for (const q of queries) {
      const params = search({ q });
      const segment = searchViewSegment(params);
      expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(parseSearchViewSegment(segment), q).toEqual(params);
    }
  });

  it('read back every filter, the sort and the page', () => {
    const facets = search({
      q: 'war',
      body: 'us-house',
      type: 'resolution',
      stage: 'referred',
      subject: 'Armed forces & national security',
      sponsor: 'adam-schiff',
      sort: 'oldest',
      page: '7',
    });
    const dates = search({
      q: 'war',
      jurisdiction: 'us',
      outcome: 'adopted',
      introducedFrom: '2021-01-01',
      introducedTo: '2022-12-31',
      actionFrom: '2021-02-01',
      actionTo: '2023-01-31',
      sort: 'newest',
    });
    for (const params of [facets, dates]) expect(parseSearchViewSegment(searchViewSegment(params))).toEqual(params);
  });

  it('are the same for equivalent URLs', () => {
    const segment = searchViewSegment(search({ q: 'war', type: 'bill', page: '2' }));
    const spellings: Record<string, string>[] = [
      { page: '2', type: 'bill', q: 'war' },
      { q: '  war ', type: 'bill', page: '2', sort: 'relevance' },
      { q: 'war\t', type: 'bill', page: '02', stage: '' },
    ];
    for (const raw of spellings) expect(searchViewSegment(search(raw))).toBe(segment);
    const war = searchViewSegment(search({ q: 'war' }));
    expect(searchViewSegment(search({ q: 'war', page: '1', sort: 'relevance' }))).toBe(war);
    expect(searchViewSegment(search({ q: 'war', sort: 'newest' }))).not.toBe(war);
  });

  it('give one segment to the empty search', () => {
    expect(searchViewSegment(empty)).toBe(EMPTY_SEARCH_SEGMENT);
    expect(searchViewSegment(search({ q: '   ', page: '1' }))).toBe(EMPTY_SEARCH_SEGMENT);
    expect(parseSearchViewSegment(EMPTY_SEARCH_SEGMENT)).toEqual(empty);
  });

  it('read nonsense, and spellings that are not canonical, as the empty search', () => {
    // "q=war" is 5 bytes, 7 characters of base64url: the last one's two low bits are padding, so the next letter of
    // the alphabet decodes to the same bytes.
    const canonical = searchViewSegment(search({ q: 'war' }));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const otherBits = canonical.slice(0, -1) + alphabet[alphabet.indexOf(canonical.at(-1)!) + 1];
    expect(Buffer.from(otherBits, 'base64url').toString()).toBe('q=war');
    const nonsense = [
      '',
      'all',
      '%2F..%2F',
      '../etc',
      'a b',
      'cT1h==',
      '🏠',
      'x'.repeat(10_000),
      '\u0000',
      otherBits,
      Buffer.from('page=1&q=war').toString('base64url'), // a default written out
      Buffer.from('q=war&stage=banana').toString('base64url'), // an ignored value
      Buffer.from('q=war&q=peace').toString('base64url'),
      Buffer.from([0xff, 0xfe, 0x00, 0x80]).toString('base64url'), // not UTF-8
      Buffer.from(`q=${'%'.repeat(30)}`).toString('base64url'), // malformed escapes
    ];
    for (const segment of nonsense) expect(parseSearchViewSegment(segment), segment).toEqual(empty);
  });
});

describe('searchViewPath', () => {
  it('serves a search from its view, with the first of repeated values as the page reads them', () => {
    const segment = searchViewSegment(search({ q: 'affordable housing' }));
    expect(fromUrl('q=affordable+housing')).toBe(`/search/views/${segment}`);
    expect(fromUrl('q=war&q=peace')).toBe(fromUrl('q=war'));
    expect(fromUrl('sort=relevance&q=war&page=1&utm_source=mail')).toBe(fromUrl('q=war'));
    expect(fromUrl('q=')).toBe(`/search/views/${EMPTY_SEARCH_SEGMENT}`);
  });

  it('keeps the per-request page when there is something to explain', () => {
    expect(fromUrl('q=war&stage=banana')).toBeNull();
    expect(fromUrl('q=war&page=0')).toBeNull();
    expect(fromUrl('q=war&actionFrom=2022-01-01&actionTo=2021-01-01')).toBeNull();
    expect(fromUrl(`q=${'war '.repeat(60)}`)).toBeNull();
  });

  it('keeps the per-request page when the segment would not fit in a file name', () => {
    const path = fromUrl(`q=${encodeURIComponent('住房'.repeat(30))}`);
    expect(path).toBeNull();
    const longest = fromUrl(`q=${'w'.repeat(140)}`);
    expect(longest?.split('/').pop()?.length).toBeLessThanOrEqual(MAX_SEARCH_SEGMENT_LENGTH);
    expect(fromUrl(`q=war&subject=${'s'.repeat(120)}&sponsor=${'p'.repeat(40)}`)).toBeNull();
  });
});
