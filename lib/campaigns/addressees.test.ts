import { describe, expect, it } from 'vitest';
import { countPhrase, countSentence } from './addressees';

describe('countPhrase', () => {
  it('makes the verb agree with the count', () => {
    expect(countPhrase(1, 'calls_upon')).toBe('1 measure calls upon');
    expect(countPhrase(2, 'calls_upon')).toBe('2 measures call upon');
    expect(countPhrase(1, 'urges')).toBe('1 measure urges');
    expect(countPhrase(12, 'condemns')).toBe('12 measures condemn');
  });

  it('writes large counts with thousands separators', () => {
    expect(countPhrase(1200, 'requests')).toBe('1,200 measures request');
  });
});

describe('countSentence', () => {
  it('names the addressee after the phrase', () => {
    expect(countSentence(2, 'calls_upon', 'Government of Azerbaijan')).toBe(
      '2 measures call upon Government of Azerbaijan',
    );
  });
});
