import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, isoDate, measureName } from './format';

describe('formatDate', () => {
  it('shows calendar dates without shifting them by time zone', () => {
    expect(formatDate(new Date('2021-03-16T00:00:00Z'))).toBe('March 16, 2021');
  });

  it('shows only what a partial date knows', () => {
    expect(formatDate(new Date('2021-04-01T00:00:00Z'), 'month')).toBe('April 2021');
    expect(formatDate(new Date('2021-01-01T00:00:00Z'), 'year')).toBe('2021');
    expect(isoDate(new Date('2021-04-01T00:00:00Z'), 'month')).toBe('2021-04');
  });
});

describe('measureName', () => {
  it('prefers the identifier as written and falls back to the title', () => {
    expect(measureName({ identifier: 'H.Res. 240', title: 'Calling on Azerbaijan' })).toBe('H.Res. 240');
    expect(measureName({ identifier: null, title: 'Resolution on prisoners of war' })).toBe(
      'Resolution on prisoners of war',
    );
    expect(
      measureName({
        identifier: null,
        title: 'Resolution on prisoners of war',
        originBody: { name: 'Los Angeles City Council' },
      }),
    ).toBe('Los Angeles City Council: Resolution on prisoners of war');
    expect(
      measureName({ identifier: 'H.Res. 240', title: 'Calling on Azerbaijan', originBody: { name: 'U.S. House' } }),
    ).toBe('H.Res. 240');
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(7)).toBe('7');
    expect(formatCount(19896)).toBe('19,896');
  });
});
