import { describe, expect, it } from 'vitest';
import { shownCount } from './facet-list';

describe('shownCount', () => {
  it('shows exact counts as they are', () => {
    expect(shownCount(17394, false)).toBe('17,394');
    expect(shownCount(1, false)).toBe('1');
  });

  it('shows estimates rounded to two figures, as "about"', () => {
    expect(shownCount(17394, true)).toBe('about 17,000');
    expect(shownCount(1184, true)).toBe('about 1,200');
    expect(shownCount(176, true)).toBe('about 180');
    expect(shownCount(16, true)).toBe('about 16');
  });
});
