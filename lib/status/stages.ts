import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

/** Every stage in the order a measure can reach them; ranks decide what "moving forward" means. */
export const STAGE_ORDER: readonly Stage[] = [
  'draft',
  'introduced',
  'referred',
  'in_committee',
  'reported',
  'scheduled',
  'passed_origin',
  'passed_all',
  'sent_to_executive',
  'enacted',
];

export function stageRank(stage: Stage): number {
  return STAGE_ORDER.indexOf(stage);
}

const COMMITTEE_AND_FLOOR: Stage[] = [
  'introduced',
  'referred',
  'in_committee',
  'reported',
  'scheduled',
  'passed_origin',
];

// Simple resolutions and motions bind only the body that adopts them; concurrent resolutions need every chamber
// but no executive; joint resolutions, bills and ordinances become law only through the executive.
const ENDS_IN_ORIGIN = new Set<MeasureType>(['resolution', 'motion']);
const ENDS_WITHOUT_EXECUTIVE = new Set<MeasureType>(['resolution', 'motion', 'concurrent_resolution']);

/**
 * The steps of the progress bar for a measure of this type, in order. `draft` is left out: it is the state before
 * the first step, not a step. A unicameral body has no "passed both chambers": passing there is passing all.
 */
export function stagesForType(type: MeasureType, chambers: 1 | 2): Stage[] {
  if (ENDS_IN_ORIGIN.has(type)) return [...COMMITTEE_AND_FLOOR];
  const all: Stage[] = chambers === 2 ? [...COMMITTEE_AND_FLOOR, 'passed_all'] : [...COMMITTEE_AND_FLOOR];
  return ENDS_WITHOUT_EXECUTIVE.has(type) ? all : [...all, 'sent_to_executive', 'enacted'];
}

/** The stage at which a measure of this type is done (outcome adopted). */
export function finalStage(type: MeasureType, chambers: 1 | 2): Stage {
  return stagesForType(type, chambers).at(-1) ?? 'passed_origin';
}

const STAGE_LABELS: Record<Stage, string> = {
  draft: 'Draft',
  introduced: 'Introduced',
  referred: 'Referred to committee',
  in_committee: 'In committee',
  reported: 'Reported',
  scheduled: 'Scheduled for floor',
  passed_origin: 'Passed',
  passed_all: 'Passed both chambers',
  sent_to_executive: 'Sent to executive',
  enacted: 'Enacted',
};

/** A human label; resolutions and motions are "adopted", everything else "passed". */
export function stageLabel(stage: Stage, type: MeasureType): string {
  if (stage === 'passed_origin' && ENDS_IN_ORIGIN.has(type)) return 'Adopted';
  return STAGE_LABELS[stage];
}

const OUTCOME_LABELS: Record<Outcome, string> = {
  pending: 'Pending',
  adopted: 'Adopted',
  became_law: 'Became law',
  vetoed: 'Vetoed',
  pocket_vetoed: 'Pocket vetoed',
  veto_overridden: 'Veto overridden',
  failed: 'Failed',
  withdrawn: 'Withdrawn',
  tabled: 'Tabled',
  filed: 'Filed without action',
  expired: 'Expired at end of session',
};

export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABELS[outcome];
}

/** Outcomes that carried the measure through (adopted, or law by any road); the others stopped it. */
export function isSuccess(outcome: Outcome): boolean {
  return outcome === 'adopted' || outcome === 'became_law' || outcome === 'veto_overridden';
}
