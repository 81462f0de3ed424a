import { describe, expect, it } from 'vitest';
import { measureListHref, parseMeasureListParams } from './list-params';

describe('parseMeasureListParams', () => {
  it('reads filters, sort and page from the URL', () => {
    const params = parseMeasureListParams({ body: 'us-house', stage: 'referred', sort: 'title', dir: 'desc', page: '3' });
    expect(params).toEqual({ body: 'us-house', stage: 'referred', type: undefined, outcome: undefined, sort: 'title', dir: 'desc', page: 3 });
  });

  it('turns nonsense into the default view instead of an error', () => {
    const params = parseMeasureListParams({ stage: 'banana', sort: ';drop table', page: '-4', type: 'xyz', body: '../../etc' });
    expect(params).toEqual({ body: undefined, type: undefined, stage: undefined, outcome: undefined, sort: 'lastAction', dir: 'desc', page: 1 });
    expect(parseMeasureListParams({ page: 'abc' }).page).toBe(1);
    expect(parseMeasureListParams({ page: ['2', '5'] }).page).toBe(2);
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
    expect(measureListHref(params, { sort: 'title', dir: 'asc', page: 1 })).toBe('/measures?type=resolution&outcome=adopted&sort=title');
  });
});
