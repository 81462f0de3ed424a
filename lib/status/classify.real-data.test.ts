// The Congress.gov action codes of the real Bill Status files of ../shared/fixtures, classified by their code and by
// their text: the two agree wherever the code decides (lib/status/congress-codes.ts).
import { describe, expect, it } from 'vitest';
import { classifyAction, classifyActionText } from './classify';
import { classifyCongressActionCode } from './congress-codes';
import { fixtureFiles, readFixtureActions } from './fixture-actions';

describe('Congress.gov codes against the Bill Status samples', () => {
  const coded = fixtureFiles()
    .flatMap(readFixtureActions)
    .filter((a) => a.code);

  it('knows every code in the samples', () => {
    const unknown = coded.filter((a) => classifyCongressActionCode(a.code) === null && !['H37100'].includes(a.code!));
    expect(unknown.map((a) => a.code)).toEqual([]);
  });

  it('agrees with the text it is published with', () => {
    for (const action of coded) {
      expect(classifyAction({ text: action.text, sourceCode: action.code }), `${action.code}: ${action.text}`).toEqual(
        classifyActionText(action.text),
      );
    }
  });

  it.each([
    ['Intro-H', 'introduction'],
    ['1000', 'introduction'],
    ['10000', 'introduction'],
    ['H11100', 'referral-committee'],
    ['8000', 'passage'],
    ['17000', 'passage'],
    ['H12300', 'discharge'],
    ['14500', 'discharge'],
  ])('maps %s to %s', (code, tag) => {
    const pairs = coded.filter((a) => a.code === code);
    expect(pairs.length).toBeGreaterThan(0);
    for (const a of pairs) expect(classifyAction({ text: a.text, sourceCode: a.code })).toContain(tag);
  });
});
