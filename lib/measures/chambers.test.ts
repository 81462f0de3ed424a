import { describe, expect, it } from 'vitest';
import { chambersOf } from './chambers';

describe('chambersOf', () => {
  it('counts two chambers for a chamber of a bicameral legislature (the U.S. House)', () => {
    expect(
      chambersOf({ classification: 'chamber', parent: { classification: 'legislature', _count: { children: 2 } } }),
    ).toBe(2);
  });

  it('counts one for a city council, a unicameral legislature, or a measure from a committee', () => {
    expect(chambersOf({ classification: 'legislature', parent: null })).toBe(1);
    expect(
      chambersOf({ classification: 'chamber', parent: { classification: 'legislature', _count: { children: 1 } } }),
    ).toBe(1);
    expect(
      chambersOf({ classification: 'committee', parent: { classification: 'chamber', _count: { children: 0 } } }),
    ).toBe(1);
  });
});
