import { describe, expect, it } from 'vitest';
import { deriveStatus, type StatusAction } from './derive';

const COUNCIL = 1;
const HOUSE = 10;
const FOREIGN_AFFAIRS = 11;
const SENATE = 20;
const SENATE_COMMITTEE = 21;
const PRESIDENT = 30;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function act(
  iso: string,
  classification: string[],
  actingBodyId: number | null = null,
  relatedBodyId: number | null = null,
): StatusAction {
  return { date: day(iso), classification, actingBodyId, relatedBodyId };
}

describe('deriveStatus', () => {
  it('shows the Los Angeles council resolution adopted by the council', () => {
    const status = deriveStatus({
      type: 'resolution',
      chambers: 1,
      originBodyId: COUNCIL,
      actions: [act('2021-04-21', ['passage'], COUNCIL)],
    });
    // Adopted is final: no body holds it any more.
    expect(status).toEqual({
      stage: 'passed_origin',
      outcome: 'adopted',
      currentBodyId: null,
      finalBodyId: COUNCIL,
      stageDate: day('2021-04-21'),
      outcomeDate: day('2021-04-21'),
      lawType: null,
      lawNumber: null,
      lastActionDate: day('2021-04-21'),
    });
  });

  it('shows H.Res. 240 waiting in the Foreign Affairs committee', () => {
    const status = deriveStatus({
      type: 'resolution',
      chambers: 2,
      originBodyId: HOUSE,
      actions: [
        act('2021-03-16', ['introduction'], HOUSE),
        act('2021-03-16', ['referral-committee'], HOUSE, FOREIGN_AFFAIRS),
      ],
    });
    expect(status).toMatchObject({ stage: 'referred', outcome: 'pending', currentBodyId: FOREIGN_AFFAIRS });
    expect(status.stageDate).toEqual(day('2021-03-16'));
  });

  it('treats a measure with no actions as a draft in its origin body', () => {
    expect(deriveStatus({ type: 'bill', chambers: 2, originBodyId: HOUSE, actions: [] })).toEqual({
      stage: 'draft',
      outcome: 'pending',
      currentBodyId: HOUSE,
      finalBodyId: null,
      stageDate: null,
      outcomeDate: null,
      lawType: null,
      lawNumber: null,
      lastActionDate: null,
    });
  });

  it('keeps a withdrawn measure at the stage it reached', () => {
    const status = deriveStatus({
      type: 'ordinance',
      chambers: 1,
      originBodyId: COUNCIL,
      actions: [
        act('2022-01-10', ['introduction'], COUNCIL),
        act('2022-01-10', ['referral-committee'], COUNCIL, 2),
        act('2022-02-01', ['withdrawal'], COUNCIL),
      ],
    });
    expect(status).toMatchObject({
      stage: 'referred',
      outcome: 'withdrawn',
      currentBodyId: null,
      finalBodyId: 2,
      outcomeDate: day('2022-02-01'),
    });
    expect(status.stageDate).toEqual(day('2022-01-10'));
    expect(status.lastActionDate).toEqual(day('2022-02-01'));
  });

  it('marks a measure that failed on the floor, and revives it when a later vote passes it', () => {
    const failed = [act('2022-01-10', ['introduction'], HOUSE), act('2022-03-01', ['failure'], HOUSE)];
    const input = { type: 'resolution' as const, chambers: 2 as const, originBodyId: HOUSE };
    expect(deriveStatus({ ...input, actions: failed })).toMatchObject({ stage: 'introduced', outcome: 'failed' });
    const passedLater = [...failed, act('2022-03-02', ['passage'], HOUSE)];
    expect(deriveStatus({ ...input, actions: passedLater })).toMatchObject({
      stage: 'passed_origin',
      outcome: 'adopted',
    });
  });

  it('takes a bill through both chambers and the President to enactment', () => {
    const status = deriveStatus({
      type: 'bill',
      chambers: 2,
      originBodyId: HOUSE,
      actions: [
        act('2022-01-03', ['introduction'], HOUSE),
        act('2022-01-03', ['referral-committee'], HOUSE, FOREIGN_AFFAIRS),
        act('2022-02-01', ['committee-passage'], FOREIGN_AFFAIRS),
        act('2022-02-02', ['scheduling'], HOUSE),
        act('2022-02-10', ['passage'], HOUSE),
        act('2022-02-11', ['receipt'], SENATE),
        act('2022-02-11', ['referral-committee'], SENATE, SENATE_COMMITTEE),
        act('2022-03-01', ['passage'], SENATE),
        act('2022-03-03', ['executive-receipt'], SENATE, PRESIDENT),
        act('2022-03-08', ['executive-signature'], PRESIDENT),
        act('2022-03-08', ['became-law']),
      ],
    });
    expect(status).toMatchObject({
      stage: 'enacted',
      outcome: 'became_law',
      currentBodyId: null,
      outcomeDate: day('2022-03-08'),
    });
    expect(status.stageDate).toEqual(day('2022-03-08'));
  });

  it('shows each step of a bill on the way, with the body holding it', () => {
    const steps = [
      act('2022-01-03', ['introduction'], HOUSE),
      act('2022-01-03', ['referral-committee'], HOUSE, FOREIGN_AFFAIRS),
      act('2022-02-01', ['committee-passage'], FOREIGN_AFFAIRS),
      act('2022-02-10', ['passage'], HOUSE),
      act('2022-02-11', ['receipt'], SENATE),
      act('2022-02-11', ['referral-committee'], SENATE, SENATE_COMMITTEE),
    ];
    const at = (n: number) =>
      deriveStatus({ type: 'bill', chambers: 2, originBodyId: HOUSE, actions: steps.slice(0, n) });
    expect(at(3)).toMatchObject({ stage: 'reported', currentBodyId: HOUSE });
    expect(at(4)).toMatchObject({ stage: 'passed_origin', outcome: 'pending', currentBodyId: HOUSE });
    // In the second chamber's committee it keeps its House passage, but the committee holds it.
    expect(at(6)).toMatchObject({ stage: 'passed_origin', outcome: 'pending', currentBodyId: SENATE_COMMITTEE });
  });

  it('shows a measure re-referred after being reported as referred again', () => {
    const status = deriveStatus({
      type: 'bill',
      chambers: 2,
      originBodyId: HOUSE,
      actions: [
        act('2022-01-03', ['referral-committee'], HOUSE, FOREIGN_AFFAIRS),
        act('2022-02-01', ['committee-passage'], FOREIGN_AFFAIRS),
        act('2022-02-05', ['referral-committee'], HOUSE, 12),
      ],
    });
    expect(status).toMatchObject({ stage: 'referred', currentBodyId: 12, stageDate: day('2022-02-05') });
  });

  it('moves a referred measure into committee when the committee acts on it', () => {
    const status = deriveStatus({
      type: 'bill',
      chambers: 2,
      originBodyId: SENATE,
      actions: [
        act('2015-02-11', ['referral-committee'], SENATE, SENATE_COMMITTEE),
        act('2015-06-24', [], SENATE_COMMITTEE),
      ],
    });
    expect(status).toMatchObject({
      stage: 'in_committee',
      currentBodyId: SENATE_COMMITTEE,
      stageDate: day('2015-06-24'),
    });
  });

  it('finishes a concurrent resolution when both chambers agree, without the executive', () => {
    const input = { type: 'concurrent_resolution' as const, chambers: 2 as const, originBodyId: HOUSE };
    const house = [act('2015-07-31', ['introduction'], HOUSE), act('2015-09-08', ['passage'], HOUSE)];
    expect(deriveStatus({ ...input, actions: house })).toMatchObject({ stage: 'passed_origin', outcome: 'pending' });
    const both = [...house, act('2015-09-09', ['receipt'], SENATE), act('2015-09-16', ['passage'], SENATE)];
    expect(deriveStatus({ ...input, actions: both })).toMatchObject({
      stage: 'passed_all',
      outcome: 'adopted',
      currentBodyId: null,
    });
  });

  it('records a tabled motion', () => {
    const status = deriveStatus({
      type: 'motion',
      chambers: 1,
      originBodyId: COUNCIL,
      actions: [act('2023-05-02', ['introduction'], COUNCIL), act('2023-05-09', ['deferral', 'tabling'], COUNCIL)],
    });
    expect(status).toMatchObject({ stage: 'introduced', outcome: 'tabled', currentBodyId: COUNCIL });
  });

  it('records a council item received and filed', () => {
    const status = deriveStatus({
      type: 'resolution',
      chambers: 1,
      originBodyId: COUNCIL,
      actions: [act('2023-05-02', ['filing'], COUNCIL)],
    });
    expect(status).toMatchObject({ stage: 'introduced', outcome: 'filed' });
  });

  it('lets a pending measure expire at the end of the session, but not a finished one', () => {
    const pending = {
      type: 'resolution' as const,
      chambers: 2 as const,
      originBodyId: HOUSE,
      actions: [act('2021-03-16', ['introduction'], HOUSE)],
    };
    expect(deriveStatus(pending, { sessionEnded: true })).toMatchObject({
      stage: 'introduced',
      outcome: 'expired',
      currentBodyId: null,
      finalBodyId: HOUSE,
    });
    expect(deriveStatus(pending)).toMatchObject({ outcome: 'pending' });
    const adopted = { ...pending, actions: [...pending.actions, act('2021-05-01', ['passage'], HOUSE)] };
    expect(deriveStatus(adopted, { sessionEnded: true })).toMatchObject({ outcome: 'adopted' });
  });

  it('enacts a vetoed ordinance once the council overrides the veto', () => {
    const base = [act('2023-01-10', ['passage'], COUNCIL), act('2023-01-12', ['executive-veto'], 40)];
    const input = { type: 'ordinance' as const, chambers: 1 as const, originBodyId: COUNCIL };
    expect(deriveStatus({ ...input, actions: base })).toMatchObject({
      stage: 'sent_to_executive',
      outcome: 'vetoed',
      outcomeDate: day('2023-01-12'),
    });
    const overridden = [...base, act('2023-01-20', ['veto-override-passage'], COUNCIL)];
    expect(deriveStatus({ ...input, actions: overridden })).toMatchObject({
      stage: 'enacted',
      outcome: 'veto_overridden',
      outcomeDate: day('2023-01-20'),
      currentBodyId: null,
    });
  });

  describe('the executive and the law', () => {
    const PRESIDENT_ACTS = (...rest: StatusAction[]) => [
      act('2016-01-04', ['introduction'], HOUSE),
      act('2016-01-05', ['passage'], HOUSE),
      act('2016-01-06', ['passage'], SENATE),
      act('2016-01-07', ['executive-receipt'], HOUSE),
      ...rest,
    ];
    const bill = (actions: StatusAction[], laws?: { type: string; number: string }[]) =>
      deriveStatus({ type: 'bill', chambers: 2, originBodyId: HOUSE, actions, laws });

    it('shows a vetoed bill as vetoed, never enacted, and a failed override keeps it vetoed', () => {
      const vetoed = PRESIDENT_ACTS(act('2016-01-08', ['executive-veto'], null));
      expect(bill(vetoed)).toMatchObject({
        stage: 'sent_to_executive',
        outcome: 'vetoed',
        outcomeDate: day('2016-01-08'),
        currentBodyId: null,
        lawNumber: null,
      });
      const failed = [
        ...vetoed,
        act('2016-02-02', ['veto-override-failure'], HOUSE),
        // The House then refers the bill and the veto message to a committee: that does not revive it.
        act('2016-02-02', ['referral-committee'], HOUSE, FOREIGN_AFFAIRS),
      ];
      expect(bill(failed)).toMatchObject({
        stage: 'sent_to_executive',
        outcome: 'vetoed',
        outcomeDate: day('2016-01-08'),
      });
    });

    it('overrides a veto only when every chamber votes to, counting each chamber once', () => {
      const vetoed = PRESIDENT_ACTS(act('2016-01-08', ['executive-veto']));
      const house = [
        ...vetoed,
        act('2016-01-20', ['veto-override-passage'], HOUSE),
        // The Library of Congress repeats the House's vote without a chamber.
        { ...act('2016-01-20', ['veto-override-passage']), text: 'Passed House over veto: 348 - 77.' },
      ];
      expect(bill(house)).toMatchObject({ stage: 'sent_to_executive', outcome: 'vetoed' });
      const both = [...house, act('2016-01-21', ['veto-override-passage'], SENATE)];
      expect(bill(both)).toMatchObject({
        stage: 'enacted',
        outcome: 'veto_overridden',
        outcomeDate: day('2016-01-21'),
        currentBodyId: null,
      });
      const law = [...both, { ...act('2016-01-22', ['became-law']), text: 'Became Public Law No: 114-255.' }];
      expect(bill(law)).toMatchObject({ outcome: 'veto_overridden', lawType: 'Public Law', lawNumber: '114-255' });
    });

    it('makes a signed bill law, with the number the timeline or the record gives', () => {
      const signed = PRESIDENT_ACTS(act('2016-01-08', ['executive-signature']));
      expect(bill(signed)).toMatchObject({
        stage: 'enacted',
        outcome: 'became_law',
        outcomeDate: day('2016-01-08'),
        lawNumber: null,
      });
      const numbered = [...signed, { ...act('2016-01-08', ['became-law']), text: 'Became Private Law No: 114-1.' }];
      expect(bill(numbered)).toMatchObject({ outcome: 'became_law', lawType: 'Private Law', lawNumber: '114-1' });
      // The record's own <laws> is the later word: the timeline may not have caught up.
      expect(bill(PRESIDENT_ACTS(), [{ type: 'Public Law', number: '114-94' }])).toMatchObject({
        stage: 'enacted',
        outcome: 'became_law',
        lawType: 'Public Law',
        lawNumber: '114-94',
        outcomeDate: day('2016-01-07'),
      });
    });

    it('makes a bill law without a signature', () => {
      expect(bill(PRESIDENT_ACTS(act('2016-01-18', ['became-law'])))).toMatchObject({
        stage: 'enacted',
        outcome: 'became_law',
      });
    });

    it('records a pocket veto, which no later vote undoes', () => {
      const pocket = PRESIDENT_ACTS(
        act('2016-01-18', ['executive-veto-pocket']),
        act('2016-01-20', ['veto-override-passage'], HOUSE),
        act('2016-01-21', ['veto-override-passage'], SENATE),
      );
      expect(bill(pocket)).toMatchObject({
        stage: 'sent_to_executive',
        outcome: 'pocket_vetoed',
        outcomeDate: day('2016-01-18'),
      });
    });

    it('reads a law the record names after a veto as the veto overridden', () => {
      const vetoed = PRESIDENT_ACTS(act('2016-01-08', ['executive-veto']));
      expect(bill(vetoed, [{ type: 'Public Law', number: '114-300' }])).toMatchObject({
        outcome: 'veto_overridden',
        lawNumber: '114-300',
      });
    });

    it('keeps a bill that failed in the second chamber failed, with no body holding it', () => {
      const failed = [
        act('2016-01-04', ['introduction'], HOUSE),
        act('2016-01-05', ['passage'], HOUSE),
        act('2016-02-05', ['failure'], SENATE),
      ];
      expect(bill(failed)).toMatchObject({
        stage: 'passed_origin',
        outcome: 'failed',
        outcomeDate: day('2016-02-05'),
        currentBodyId: null,
      });
    });
  });
});
