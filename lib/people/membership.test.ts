import { describe, expect, it } from 'vitest';
import { membershipDetails, membershipTerm } from './membership';

describe('membershipDetails', () => {
  it('joins the known parts and never says "District District"', () => {
    expect(membershipDetails({ state: 'CA', district: '28', party: 'Democrat' })).toBe('CA · District 28 · Democrat');
    expect(membershipDetails({ state: null, district: 'District 2', party: null })).toBe('District 2');
    expect(membershipDetails({ state: null, district: null, party: null })).toBe('');
  });
});

describe('membershipTerm', () => {
  const format = (date: Date) => date.toISOString().slice(0, 10);

  it('gives the dates when known, an open end as "present"', () => {
    expect(
      membershipTerm({ startDate: new Date('2021-01-03'), endDate: new Date('2023-01-03'), session: null }, format),
    ).toBe('2021-01-03 – 2023-01-03');
    expect(membershipTerm({ startDate: new Date('2025-01-03'), endDate: null, session: null }, format)).toBe(
      '2025-01-03 – present',
    );
  });

  it('falls back to the session, and claims nothing when neither is known', () => {
    expect(membershipTerm({ startDate: null, endDate: null, session: { name: '117th Congress' } }, format)).toBe(
      '117th Congress',
    );
    expect(membershipTerm({ startDate: null, endDate: null, session: null }, format)).toBe('dates not recorded');
  });
});
