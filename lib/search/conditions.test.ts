import { describe, expect, it } from 'vitest';
import { INTRODUCED_YEARS_MARKED, introducedYears } from '@/lib/search/conditions';

describe('introducedYears', () => {
  it('names every calendar year of a closed introduction range', () => {
    expect(introducedYears({ introducedFrom: '2021-03-20', introducedTo: '2021-12-31' })?.values).toEqual(["'#y2021'"]);
    expect(introducedYears({ introducedFrom: '2019-12-31', introducedTo: '2021-01-01' })?.values).toEqual([
      "'#y2019' | '#y2020' | '#y2021'",
    ]);
  });

  it('names none for an open, reversed or long range, which the dates alone then narrow', () => {
    expect(introducedYears({ introducedFrom: '2021-01-01' })).toBeNull();
    expect(introducedYears({ introducedTo: '2021-01-01' })).toBeNull();
    expect(introducedYears({ introducedFrom: '2022-01-01', introducedTo: '2021-01-01' })).toBeNull();
    const last = 2000 + INTRODUCED_YEARS_MARKED - 1;
    expect(introducedYears({ introducedFrom: '2000-01-01', introducedTo: `${last}-12-31` })).not.toBeNull();
    expect(introducedYears({ introducedFrom: '2000-01-01', introducedTo: `${last + 1}-01-01` })).toBeNull();
  });
});
