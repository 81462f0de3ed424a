import { describe, expect, it } from 'vitest';
import type { DerivedStatus } from './derive';
import { effectiveStatus } from './override';

const derived: DerivedStatus = {
  stage: 'referred',
  outcome: 'pending',
  currentBodyId: 11,
  finalBodyId: null,
  stageDate: new Date('2021-03-16T00:00:00Z'),
  outcomeDate: null,
  lawType: null,
  lawNumber: null,
  lastActionDate: new Date('2021-03-16T00:00:00Z'),
};
const at = new Date('2024-02-01T10:00:00Z');

describe('effectiveStatus', () => {
  it('shows the derived status when nobody overrode it', () => {
    expect(effectiveStatus(derived)).toEqual({ ...derived, overridden: false, override: null });
    expect(effectiveStatus(derived, null).overridden).toBe(false);
  });

  it("shows an editor's override with its author and reason", () => {
    const override = { outcome: 'expired' as const, reason: 'The 117th Congress ended.', byName: 'Ana Editor', at };
    const shown = effectiveStatus(derived, override);
    expect(shown).toMatchObject({ stage: 'referred', outcome: 'expired', overridden: true, currentBodyId: 11 });
    expect(shown.override).toEqual(override);
  });

  it('refuses an override without a reason', () => {
    expect(() => effectiveStatus(derived, { stage: 'reported', reason: '  ', at })).toThrow(/needs a reason/);
  });

  it('refuses an override that changes nothing', () => {
    expect(() => effectiveStatus(derived, { stage: null, outcome: null, reason: 'why', at })).toThrow(
      /stage or an outcome/,
    );
  });
});
