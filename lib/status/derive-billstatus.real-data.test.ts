import { describe, expect, it } from 'vitest';
import { classifyAction } from './classify';
import { deriveStatus } from './derive';
import { readFixtureActions } from './fixture-actions';

const HOUSE = 10;
const SENATE = 20;
const HOUSE_COMMITTEE = 12;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Real Congress.gov timelines, classified by this module from their codes and text, end to end.
describe('deriveStatus on Bill Status samples', () => {
  const bodyOf: Record<string, number | null> = {
    'House floor actions': HOUSE,
    Senate: SENATE,
    'House committee actions': HOUSE_COMMITTEE,
  };
  const actions = (file: string) =>
    readFixtureActions(file).map((a) => ({
      date: day(a.date),
      classification: classifyAction({ text: a.text, sourceCode: a.code }),
      actingBodyId: a.source ? (bodyOf[a.source] ?? null) : null,
      relatedBodyId: null,
    }));

  it('H.Con.Res. 70 (114th) is agreed to by both chambers', () => {
    const status = deriveStatus({
      type: 'concurrent_resolution',
      chambers: 2,
      originBodyId: HOUSE,
      actions: actions('BILLSTATUS-114hconres70.xml'),
    });
    expect(status).toMatchObject({ stage: 'passed_all', outcome: 'adopted', currentBodyId: null });
    expect(status.stageDate).toEqual(day('2015-09-16'));
    expect(status.lastActionDate).toEqual(day('2015-09-17'));
  });

  it('S.Res. 105 (114th) is adopted by the Senate after the committee is discharged', () => {
    const status = deriveStatus({
      type: 'resolution',
      chambers: 2,
      originBodyId: SENATE,
      actions: actions('BILLSTATUS-114sres105.xml'),
    });
    expect(status).toMatchObject({ stage: 'passed_origin', outcome: 'adopted', currentBodyId: null });
  });

  it('H.R. 6658 (117th) waits in committee after its referral', () => {
    const status = deriveStatus({
      type: 'bill',
      chambers: 2,
      originBodyId: HOUSE,
      actions: actions('BILLSTATUS-117hr6658.xml'),
    });
    expect(status).toMatchObject({ stage: 'referred', outcome: 'pending', stageDate: day('2022-02-09') });
  });
});
