// The vocabulary of action classifications: Open Civic Data's list is the pivot, so imports from OCD/Open States
// sources keep their meaning; a few project-only tags fill the gaps OCD leaves for status.

/** Open Civic Data bill action classifications, exactly as OCD defines them (opencivicdata `common.py`). */
export const OCD_ACTION_CLASSIFICATIONS = [
  'filing',
  'introduction',
  'enrolled',
  'reading-1',
  'reading-2',
  'reading-3',
  'passage',
  'failure',
  'withdrawal',
  'substitution',
  'amendment-introduction',
  'amendment-passage',
  'amendment-withdrawal',
  'amendment-failure',
  'amendment-amendment',
  'amendment-deferral',
  'committee-passage',
  'committee-passage-favorable',
  'committee-passage-unfavorable',
  'committee-failure',
  'executive-receipt',
  'executive-signature',
  'executive-veto',
  'executive-veto-line-item',
  'became-law',
  'veto-override-passage',
  'veto-override-failure',
  'deferral',
  'receipt',
  'referral',
  'referral-committee',
] as const;

/**
 * Tags OCD has no word for, but the status needs:
 * - `tabling`: OCD folds "deferred or tabled" into `deferral`, yet a tabled measure is stopped and a deferred one
 *   is not; a tabling action carries both `deferral` and `tabling`.
 * - `scheduling`: placed on a calendar or given a rule for floor consideration (stage "scheduled").
 * - `discharge`: a committee discharged of the measure, which returns it to the floor without a report.
 * - `executive-veto-pocket`: a pocket veto, which (unlike `executive-veto`) no vote can override.
 */
export const LOCAL_ACTION_CLASSIFICATIONS = ['tabling', 'scheduling', 'discharge', 'executive-veto-pocket'] as const;

export type OcdActionClassification = (typeof OCD_ACTION_CLASSIFICATIONS)[number];
export type LocalActionClassification = (typeof LOCAL_ACTION_CLASSIFICATIONS)[number];
export type ActionClassification = OcdActionClassification | LocalActionClassification;

const KNOWN = new Set<string>([...OCD_ACTION_CLASSIFICATIONS, ...LOCAL_ACTION_CLASSIFICATIONS]);

/** For form and import validation: a classification outside both lists is a typo, not a new meaning. */
export function isActionClassification(value: string): value is ActionClassification {
  return KNOWN.has(value);
}
