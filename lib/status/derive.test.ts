import { describe, expect, it } from 'vitest';
import { deriveStatus, type StatusAction } from './derive';

const COUNCIL = 1;
const HOUSE = 10;
const FOREIGN_AFFAIRS = 11;
const SENATE = 20;
const SENATE_COMMITTEE = 21;
const PRESIDENT = 30;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
function act(iso: string, classification: string[], actingBodyId: number | null = null, relatedBodyId: number | null = null): StatusAction {
  return { date: day(iso), classification, actingBodyId, relatedBodyId };
}

describe('deriveStatus', () => {
  it('shows the Los Angeles council resolution adopted by the council', () => {
    const status = deriveStatus({
      type: 'resolution', chambers: 1, originBodyId: COUNCIL,
      actions: [act('2021-04-21', ['passage'], COUNCIL)],
    });
    expect(status).toEqual({
      stage: 'passed_origin', outcome: 'adopted', currentBodyId: COUNCIL,
      stageDate: day('2021-04-21'), lastActionDate: day('2021-04-21'),
    });
  });

  it('shows H.Res. 240 waiting in the Foreign Affairs committee', () => {
    const status = deriveStatus({
      type: 'resolution', chambers: 2, originBodyId: HOUSE,
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
      stage: 'draft', outcome: 'pending', currentBodyId: HOUSE, stageDate: null, lastActionDate: null,
    });
  });

  it('keeps a withdrawn measure at the stage it reached', () => {
    const status = deriveStatus({
      type: 'ordinance', chambers: 1, originBodyId: COUNCIL,
      actions: [act('2022-01-10', ['introduction'], COUNCIL), act('2022-01-10', ['referral-committee'], COUNCIL, 2),
        act('2022-02-01', ['withdrawal'], COUNCIL)],
    });
    expect(status).toMatchObject({ stage: 'referred', outcome: 'withdrawn', currentBodyId: 2 });
    expect(status.stageDate).toEqual(day('2022-01-10'));
    expect(status.lastActionDate).toEqual(day('2022-02-01'));
  });

  it('marks a measure that failed on the floor, and revives it when a later vote passes it', () => {
    const failed = [act('2022-01-10', ['introduction'], HOUSE), act('2022-03-01', ['failure'], HOUSE)];
    const input = { type: 'resolution' as const, chambers: 2 as const, originBodyId: HOUSE };
    expect(deriveStatus({ ...input, actions: failed })).toMatchObject({ stage: 'introduced', outcome: 'failed' });
    const passedLater = [...failed, act('2022-03-02', ['passage'], HOUSE)];
    expect(deriveStatus({ ...input, actions: passedLater })).toMatchObject({ stage: 'passed_origin', outcome: 'adopted' });
  });

  it('takes a bill through both chambers and the President to enactment', () => {
    const status = deriveStatus({
      type: 'bill', chambers: 2, originBodyId: HOUSE,
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
    expect(status).toMatchObject({ stage: 'enacted', outcome: 'adopted', currentBodyId: PRESIDENT });
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
    const at = (n: number) => deriveStatus({ type: 'bill', chambers: 2, originBodyId: HOUSE, actions: steps.slice(0, n) });
    expect(at(3)).toMatchObject({ stage: 'reported', currentBodyId: HOUSE });
    expect(at(4)).toMatchObject({ stage: 'passed_origin', outcome: 'pending', currentBodyId: HOUSE });
    // In the second chamber's committee it keeps its House passage, but the committee holds it.
    expect(at(6)).toMatchObject({ stage: 'passed_origin', outcome: 'pending', currentBodyId: SENATE_COMMITTEE });
  });

  it('shows a measure re-referred after being reported as referred again', () => {
    const status = deriveStatus({
      type: 'bill', chambers: 2, originBodyId: HOUSE,
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
      type: 'bill', chambers: 2, originBodyId: SENATE,
      actions: [act('2015-02-11', ['referral-committee'], SENATE, SENATE_COMMITTEE), act('2015-06-24', [], SENATE_COMMITTEE)],
    });
    expect(status).toMatchObject({ stage: 'in_committee', currentBodyId: SENATE_COMMITTEE, stageDate: day('2015-06-24') });
  });

  it('finishes a concurrent resolution when both chambers agree, without the executive', () => {
    const input = { type: 'concurrent_resolution' as const, chambers: 2 as const, originBodyId: HOUSE };
    const house = [act('2015-07-31', ['introduction'], HOUSE), act('2015-09-08', ['passage'], HOUSE)];
    expect(deriveStatus({ ...input, actions: house })).toMatchObject({ stage: 'passed_origin', outcome: 'pending' });
    const both = [...house, act('2015-09-09', ['receipt'], SENATE), act('2015-09-16', ['passage'], SENATE)];
    expect(deriveStatus({ ...input, actions: both })).toMatchObject({ stage: 'passed_all', outcome: 'adopted', currentBodyId: SENATE });
  });

  it('records a tabled motion', () => {
    const status = deriveStatus({
      type: 'motion', chambers: 1, originBodyId: COUNCIL,
      actions: [act('2023-05-02', ['introduction'], COUNCIL), act('2023-05-09', ['deferral', 'tabling'], COUNCIL)],
    });
    expect(status).toMatchObject({ stage: 'introduced', outcome: 'tabled', currentBodyId: COUNCIL });
  });

  it('records a council item received and filed', () => {
    const status = deriveStatus({
      type: 'resolution', chambers: 1, originBodyId: COUNCIL, actions: [act('2023-05-02', ['filing'], COUNCIL)],
    });
    expect(status).toMatchObject({ stage: 'introduced', outcome: 'filed' });
  });

  it('lets a pending measure expire at the end of the session, but not a finished one', () => {
    const pending = { type: 'resolution' as const, chambers: 2 as const, originBodyId: HOUSE,
      actions: [act('2021-03-16', ['introduction'], HOUSE)] };
    expect(deriveStatus(pending, { sessionEnded: true })).toMatchObject({ stage: 'introduced', outcome: 'expired' });
    expect(deriveStatus(pending)).toMatchObject({ outcome: 'pending' });
    const adopted = { ...pending, actions: [...pending.actions, act('2021-05-01', ['passage'], HOUSE)] };
    expect(deriveStatus(adopted, { sessionEnded: true })).toMatchObject({ outcome: 'adopted' });
  });

  it('enacts a vetoed ordinance once the council overrides the veto', () => {
    const base = [act('2023-01-10', ['passage'], COUNCIL), act('2023-01-12', ['executive-veto'], 40)];
    const input = { type: 'ordinance' as const, chambers: 1 as const, originBodyId: COUNCIL };
    expect(deriveStatus({ ...input, actions: base })).toMatchObject({ stage: 'sent_to_executive', outcome: 'failed' });
    const overridden = [...base, act('2023-01-20', ['veto-override-passage'], COUNCIL)];
    expect(deriveStatus({ ...input, actions: overridden })).toMatchObject({ stage: 'enacted', outcome: 'adopted' });
  });
});
