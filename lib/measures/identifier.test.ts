import { describe, expect, it } from 'vitest';
import { measureSlug, normalizeIdentifier, slugify } from './identifier';

describe('normalizeIdentifier', () => {
  it.each([
    'H.Res. 240',
    'H. Res. 240',
    'hres240',
    'HRES 240',
    'H.Res.240',
    'H RES 240',
    ' h.res. 0240 ',
    'House Resolution 240',
  ])('%s is HRES240', (raw) => expect(normalizeIdentifier(raw)).toBe('HRES240'));

  it.each([
    ['S.Con.Res. 7', 'SCONRES7'],
    ['S. Con. Res. 7', 'SCONRES7'],
    ['H.Con.Res. 70', 'HCONRES70'],
    ['H.R. 5177', 'HR5177'],
    ['HR 5177', 'HR5177'],
    ['S. 469', 'S469'],
    ['S.Res. 105', 'SRES105'],
    ['H.J.Res. 1', 'HJRES1'],
    ['S.J.Res. 12', 'SJRES12'],
    ['Senate Concurrent Resolution 7', 'SCONRES7'],
  ])('%s is %s', (raw, expected) => expect(normalizeIdentifier(raw)).toBe(expected));

  it.each([
    ['21-0002-S1', '21-0002-S1'],
    ['21-0002-s1', '21-0002-S1'],
    ['CF 21-0002', '21-0002'],
    ['C.F. 21-0002-S1', '21-0002-S1'],
    ['Council File No. 21-0002', '21-0002'],
    ['CF 21 - 0002', '21-0002'],
  ])('council file %s is %s', (raw, expected) => expect(normalizeIdentifier(raw)).toBe(expected));

  it('keeps council files apart from one another', () => {
    expect(normalizeIdentifier('21-0002')).not.toBe(normalizeIdentifier('21-0002-S1'));
    expect(normalizeIdentifier('21-0002')).not.toBe(normalizeIdentifier('2100-02'));
  });

  it('gives null for nothing', () => {
    expect(normalizeIdentifier(null)).toBeNull();
    expect(normalizeIdentifier(undefined)).toBeNull();
    expect(normalizeIdentifier('  ')).toBeNull();
    expect(normalizeIdentifier('. -')).toBeNull();
  });
});

describe('slugify', () => {
  it('makes readable slugs of names', () => {
    expect(slugify('Paul Krekorian')).toBe('paul-krekorian');
    expect(slugify('Linda T. Sánchez')).toBe('linda-t-sanchez');
    expect(slugify('Frank Pallone Jr.')).toBe('frank-pallone-jr');
    expect(slugify("Beto O'Rourke")).toBe('beto-orourke');
    expect(slugify('U.S. Department of State')).toBe('u-s-department-of-state');
    expect(slugify('Foreign Affairs & Trade')).toBe('foreign-affairs-and-trade');
    expect(slugify('  Straße Ørsted  ')).toBe('strasse-orsted');
  });
});

describe('measureSlug', () => {
  it('uses jurisdiction, session and identifier', () => {
    expect(
      measureSlug({
        jurisdictionSlug: 'us',
        sessionIdentifier: '117',
        identifier: 'H.Res. 240',
        title: 'Calling on Azerbaijan',
      }),
    ).toBe('us-117-hres-240');
    expect(
      measureSlug({ jurisdictionSlug: 'us', sessionIdentifier: '114', identifier: 'S.Con.Res. 7', title: 'x' }),
    ).toBe('us-114-sconres-7');
  });

  it('keeps council file numbers readable', () => {
    expect(measureSlug({ jurisdictionSlug: 'los-angeles', identifier: 'CF 21-0002-S1', title: 'x' })).toBe(
      'los-angeles-21-0002-s1',
    );
  });

  it('uses the type and date when there is no identifier', () => {
    const title = 'Resolution calling upon Azerbaijan to immediately release Armenian prisoners of war';
    expect(measureSlug({ jurisdictionSlug: 'los-angeles', date: '2021-04-21', title })).toBe(
      'los-angeles-resolution-2021-04-21',
    );
    expect(measureSlug({ jurisdictionSlug: 'los-angeles', date: new Date('2021-04-21T00:00:00Z'), title })).toBe(
      'los-angeles-resolution-2021-04-21',
    );
    expect(measureSlug({ jurisdictionSlug: 'los-angeles', type: 'ordinance', date: '2021-04-21', title })).toBe(
      'los-angeles-ordinance-2021-04-21',
    );
  });

  it('falls back on the first words of the title', () => {
    expect(
      measureSlug({
        jurisdictionSlug: 'los-angeles',
        title: 'Calling upon Azerbaijan to release all prisoners of war now, at once',
      }),
    ).toBe('los-angeles-resolution-calling-upon-azerbaijan-to-release-all-prisoners-of');
  });
});
