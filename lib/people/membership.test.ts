import { describe, expect, it } from 'vitest';
import { membershipDetails } from './membership';

describe('membershipDetails', () => {
  it('joins the known parts and never says "District District"', () => {
    expect(membershipDetails({ state: 'CA', district: '28', party: 'Democrat' })).toBe('CA · District 28 · Democrat');
    expect(membershipDetails({ state: null, district: 'District 2', party: null })).toBe('District 2');
    expect(membershipDetails({ state: null, district: null, party: null })).toBe('');
  });
});
