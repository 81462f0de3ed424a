import { describe, expect, it } from 'vitest';
import { classifyAction, classifyActionText } from './classify';
import { isActionClassification } from './classifications';
import { classifyCongressActionCode } from './congress-codes';

describe('classifyActionText', () => {
  it.each([
    ['Introduced in House', ['introduction']],
    ['Submitted in the House', ['introduction']],
    ['Referred to the House Committee on Foreign Affairs.', ['referral-committee']],
    ['Referred to the Subcommittee on Europe, Energy, the Environment and Cyber.', ['referral-committee']],
    ['Reported by the Committee on Foreign Affairs. H. Rept. 117-12.', ['committee-passage']],
    ['Passed/agreed to in House: On agreeing to the resolution Agreed to by voice vote.', ['passage']],
    ['Resolution agreed to in Senate without amendment by Unanimous Consent.', ['passage']],
    ['Failed of passage', ['failure']],
    ['On motion to suspend the rules and agree to the resolution Failed by the Yeas and Nays: 250 - 170.', ['failure']],
    ['Motion to table agreed to', ['deferral', 'tabling']],
    ['Presented to President.', ['executive-receipt']],
    ['Signed by President.', ['executive-signature']],
    ['Became Public Law No: 117-103.', ['became-law']],
    ['Vetoed by President.', ['executive-veto']],
    ['Vetoed by President. (text of veto message: CR H210-211)', ['executive-veto']],
    ['Pocket Vetoed by President.', ['executive-veto-pocket']],
    ['Became Public Law without signature.', ['became-law']],
    [
      'On passage, the objections of the President to the contrary notwithstanding Failed by the Yeas and Nays: (2/3 required): 241 - 186 (Roll no. 59).',
      ['veto-override-failure'],
    ],
    [
      'Two-thirds of the Members present having voted in the affirmative the bill is passed, the objections of the President to the contrary notwithstanding.',
      ['veto-override-passage'],
    ],
    ['Passed Senate over veto by Yea-Nay Vote. 97 - 1. Record Vote Number: 163.', ['veto-override-passage']],
    [
      'Failed of passage in Senate over veto by Yea-Nay Vote. 56 - 42. Record Vote Number: 25.',
      ['veto-override-failure'],
    ],
    // The veto message moved about is procedure; it neither vetoes nor refers the measure again.
    ['The Chair laid before the House the veto message from the President. (consideration: CR H210-211)', []],
    [
      'Motion to refer the bill and the accompanying veto message to the Committee on Education and the Workforce Agreed to without objection.',
      [],
    ],
    ['Veto message referred to the Committee on Education and the Workforce.', []],
    ['Adopted', ['passage']],
    ['Adopted as amended', ['passage', 'amendment-passage']],
    ['Received and filed', ['filing']],
    ['Withdrawn', ['withdrawal']],
    ['Placed on the Union Calendar, Calendar No. 12.', ['scheduling']],
    ['Held in committee', ['deferral']],
    ['Received in the Senate.', ['receipt']],
  ])('reads %j as %j', (text, expected) => {
    expect(classifyActionText(text)).toEqual(expected);
  });

  it('ignores steps that do not move the measure', () => {
    expect(classifyActionText('Sponsor introductory remarks on measure. (CR H1418)')).toEqual([]);
    // Tabling the motion to reconsider confirms the vote; it does not table the measure.
    expect(classifyActionText('Motion to reconsider laid on the table Agreed to without objection.')).toEqual([]);
    expect(classifyActionText('Motion to table failed')).toEqual([]);
    expect(classifyActionText('Signed by President Pro Tempore.')).toEqual([]);
  });

  it('lets the text, not the code, say what the President did', () => {
    // GPO's files give E30000 ("Signed by President") to a veto, and 36000 ("Became Public Law") to a signature.
    expect(
      classifyAction({ text: 'Vetoed by President. (text of veto message: CR H210-211)', sourceCode: 'E30000' }),
    ).toEqual(['executive-veto']);
    expect(classifyAction({ text: 'Signed by President.', sourceCode: '36000' })).toEqual(['executive-signature']);
    expect(
      classifyAction({ text: 'Vetoed by President.(text of veto message: CR H210-211)', sourceCode: '31000' }),
    ).toEqual(['executive-veto']);
    // A code alone never claims a signature or a law.
    expect(classifyAction({ text: 'Action by the President (details in the record).', sourceCode: 'E40000' })).toEqual(
      [],
    );
  });

  it('keeps an amendment vote apart from the vote on the measure', () => {
    expect(classifyActionText('Amendment SA 498 agreed to in Senate by Yea-Nay Vote. 75 - 24.')).toEqual([
      'amendment-passage',
    ]);
    expect(classifyActionText('Amendment SA 12 not agreed to in Senate.')).toEqual(['amendment-failure']);
  });

  it('gives every step of a combined action', () => {
    expect(classifyActionText("Read twice and referred to the Committee on Veterans' Affairs.")).toEqual(
      expect.arrayContaining(['reading-1', 'reading-2', 'referral-committee']),
    );
  });

  it('only produces known classifications', () => {
    const texts = ['Introduced in House', 'Motion to table agreed to', 'Committee on Transportation discharged.'];
    for (const tag of texts.flatMap(classifyActionText)) expect(isActionClassification(tag)).toBe(true);
  });
});

describe('classifyAction', () => {
  it('lets a known code win over the text', () => {
    expect(classifyAction({ sourceCode: 'H38310', text: 'Motion to reconsider laid on the table Agreed to' })).toEqual(
      [],
    );
    expect(classifyAction({ sourceCode: 'E40000', text: 'Became Public Law No: 114-47.' })).toEqual(['became-law']);
  });

  it('falls back to the text for unknown codes and vote results', () => {
    expect(classifyCongressActionCode('ZZ999')).toBeNull();
    expect(
      classifyAction({ sourceCode: 'H37100', text: 'On agreeing to the resolution Failed by voice vote.' }),
    ).toEqual(['failure']);
    expect(classifyAction({ sourceCode: null, text: 'Adopted' })).toEqual(['passage']);
  });
});
