import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchHref } from '@/lib/search/params';
import { identifierReadings } from '@/lib/search/identifier-query';
import { splitSnippet } from '@/lib/search/snippet';

describe('parseSearchParams', () => {
  it('keeps what parses and names what it ignored', () => {
    const { params, notices } = parseSearchParams({
      q: '  Armenia  ',
      type: 'resolution',
      stage: 'nonsense',
      body: 'DROP TABLE',
      introducedFrom: '2021-13-45',
      page: '-3',
    });
    expect(params).toMatchObject({ q: 'Armenia', type: 'resolution', stage: undefined, body: undefined, page: 1 });
    expect(params.introducedFrom).toBeUndefined();
    expect(notices).toHaveLength(4);
    expect(notices.join(' ')).toMatch(/stage.*body.*Introduced from|stage|body/);
  });

  it('swaps date ranges given the wrong way round', () => {
    const { params, notices } = parseSearchParams({ actionFrom: '2022-01-01', actionTo: '2021-01-01' });
    expect(params).toMatchObject({ actionFrom: '2021-01-01', actionTo: '2022-01-01' });
    expect(notices[0]).toMatch(/swapped/);
  });

  it('builds short URLs, back to page 1 when the state changes', () => {
    const { params } = parseSearchParams({ q: 'war', type: 'bill', page: '3' });
    expect(searchHref(params, { stage: 'enacted' })).toBe('/search?q=war&type=bill&stage=enacted');
    expect(searchHref(params, { page: 3 })).toBe('/search?q=war&type=bill&page=3');
  });
});

describe('identifierReadings', () => {
  it('reads the session at either end', () => {
    expect(identifierReadings('H.Res. 240 117th')).toContainEqual({ normalized: 'HRES240', session: '117' });
    expect(identifierReadings('117th Congress H. Res. 240')).toContainEqual({ normalized: 'HRES240', session: '117' });
    expect(identifierReadings('H.Res. 240')).toEqual([{ normalized: 'HRES240', session: null }]);
  });
  it('is empty for words', () => {
    expect(identifierReadings('prisoners of war')).toEqual([]);
  });
});

describe('splitSnippet', () => {
  it('splits marked matches and leaves markup as text', () => {
    expect(splitSnippet('a <b>\u0002war\u0003</b> \u0002c')).toEqual([
      { text: 'a <b>', match: false },
      { text: 'war', match: true },
      { text: '</b> c', match: false },
    ]);
  });
});
