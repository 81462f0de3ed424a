import { describe, expect, it } from 'vitest';
import { measureListHref, measureViewSegment, parseMeasureListParams, parseMeasureViewSegment } from './list-params';

describe('parseMeasureListParams', () => {
  it('reads filters, sort and page from the URL', () => {
    const params = parseMeasureListParams({
      body: 'us-house',
      stage: 'referred',
      sort: 'title',
      dir: 'desc',
      page: '3',
    });
    expect(params).toEqual({
      body: 'us-house',
      sponsor: undefined,
      cosponsor: undefined,
      addressee: undefined,
      stage: 'referred',
      type: undefined,
      outcome: undefined,
      sort: 'title',
      dir: 'desc',
      page: 3,
    });
  });

  it('turns nonsense into the default view instead of an error', () => {
    const params = parseMeasureListParams({
      stage: 'banana',
      sort: ';drop table',
      page: '-4',
      type: 'xyz',
      body: '../../etc',
    });
    expect(params).toEqual({
      body: undefined,
      sponsor: undefined,
      cosponsor: undefined,
      addressee: undefined,
      type: undefined,
      stage: undefined,
      outcome: undefined,
      sort: 'lastAction',
      dir: 'desc',
      page: 1,
    });
    expect(parseMeasureListParams({ page: 'abc' }).page).toBe(1);
    expect(parseMeasureListParams({ page: ['2', '5'] }).page).toBe(2);
  });

  it('reads the person and addressee filters, and drops values that are not slugs', () => {
    const params = parseMeasureListParams({ sponsor: 'adam-schiff', cosponsor: 'ro-khanna', addressee: 'azerbaijan' });
    expect(params).toMatchObject({ sponsor: 'adam-schiff', cosponsor: 'ro-khanna', addressee: 'azerbaijan', page: 1 });
    const nonsense = parseMeasureListParams({ sponsor: 'Adam Schiff', cosponsor: '../x', addressee: 'a'.repeat(121) });
    expect(nonsense).toEqual(parseMeasureListParams({}));
  });

  it('sorts by last action, newest first, by default and by other columns ascending', () => {
    expect(parseMeasureListParams({}).dir).toBe('desc');
    expect(parseMeasureListParams({ sort: 'title' }).dir).toBe('asc');
  });
});

describe('measureListHref', () => {
  it('keeps URLs short by leaving defaults out', () => {
    expect(measureListHref(parseMeasureListParams({}))).toBe('/measures');
  });

  it('resets nothing it is not told to change', () => {
    const params = parseMeasureListParams({ outcome: 'adopted', type: 'resolution', page: '2' });
    expect(measureListHref(params, { page: 3 })).toBe('/measures?type=resolution&outcome=adopted&page=3');
    expect(measureListHref(params, { sort: 'title', dir: 'asc', page: 1 })).toBe(
      '/measures?type=resolution&outcome=adopted&sort=title',
    );
  });
});

describe('measure view segments', () => {
  it('give every view one path segment, and equivalent URLs the same one', () => {
    expect(measureViewSegment(parseMeasureListParams({}))).toBe('all');
    expect(measureViewSegment(parseMeasureListParams({ page: '1', dir: 'desc', stage: 'banana' }))).toBe('all');
    const segment = measureViewSegment(parseMeasureListParams({ sort: 'title', stage: 'referred', page: '2' }));
    expect(segment).toBe('stage.referred~sort.title~page.2');
    expect(
      measureViewSegment(parseMeasureListParams({ page: '2', stage: 'referred', sort: 'title', dir: 'asc' })),
    ).toBe(segment);
  });

  it('read back the view they were made from, and nonsense as the default view', () => {
    const params = parseMeasureListParams({
      body: 'us-house',
      type: 'bill',
      outcome: 'adopted',
      sort: 'identifier',
      dir: 'desc',
      page: '7',
    });
    expect(parseMeasureViewSegment(measureViewSegment(params))).toEqual(params);
    expect(parseMeasureViewSegment('sort.%3Bdrop~page.-1~junk')).toEqual(parseMeasureListParams({}));
    const people = parseMeasureListParams({
      addressee: 'azerbaijan',
      sponsor: 'adam-schiff',
      cosponsor: 'ro-khanna',
      page: '2',
    });
    expect(measureViewSegment(people)).toBe('sponsor.adam-schiff~cosponsor.ro-khanna~addressee.azerbaijan~page.2');
    expect(parseMeasureViewSegment(measureViewSegment(people))).toEqual(people);
    expect(measureListHref(parseMeasureListParams({ sponsor: 'adam-schiff' }))).toBe('/measures?sponsor=adam-schiff');
  });
});
