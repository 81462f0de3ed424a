import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { finalStage, stageRank } from './stages';

export type StatusAction = {
  date: Date;
  classification: readonly string[];
  actingBodyId: number | null;
  relatedBodyId: number | null;
};

export type StatusInput = {
  type: MeasureType;
  chambers: 1 | 2;
  originBodyId: number;
  /** In timeline order. */
  actions: readonly StatusAction[];
};

export type DerivedStatus = {
  stage: Stage;
  outcome: Outcome;
  currentBodyId: number | null;
  stageDate: Date | null;
  lastActionDate: Date | null;
};

type State = DerivedStatus & {
  chamberId: number; // the chamber the measure is in (where a committee reports back to)
  inCommittee: boolean;
  overrides: number;
};

const PASSED_ORIGIN = stageRank('passed_origin');
const COMMITTEE_REPORT = ['committee-passage', 'committee-passage-favorable', 'committee-passage-unfavorable'];
const REVIVING = ['passage', 'referral-committee', 'scheduling', 'executive-receipt', 'veto-override-passage', ...COMMITTEE_REPORT];

function moveTo(s: State, stage: Stage, date: Date) {
  if (s.stage !== stage) Object.assign(s, { stage, stageDate: date });
}

function forward(s: State, stage: Stage, date: Date) {
  if (stageRank(stage) > stageRank(s.stage)) moveTo(s, stage, date);
}

// Committee and calendar steps may go back and forth (a reported measure can be re-referred), but never undo a
// floor passage: a House-passed bill in a Senate committee still shows "passed", with the committee as its body.
function beforeFloor(s: State, stage: Stage, date: Date) {
  if (stageRank(s.stage) < PASSED_ORIGIN) moveTo(s, stage, date);
}

function apply(s: State, a: StatusAction, input: StatusInput, done: boolean) {
  const has = (tag: string) => a.classification.includes(tag);
  const { date } = a;
  // Any public action means the measure exists, even one that is not classified.
  forward(s, 'introduced', date);
  const receiver = a.actingBodyId ?? a.relatedBodyId;
  if (has('receipt') && receiver !== null) s.currentBodyId = s.chamberId = receiver;
  if (has('referral-committee')) {
    if (!s.inCommittee && a.actingBodyId !== null) s.chamberId = a.actingBodyId;
    // A referral while already with a committee (subcommittee, additional committee) is work inside committee.
    beforeFloor(s, s.inCommittee ? 'in_committee' : 'referred', date);
    s.currentBodyId = a.relatedBodyId ?? (s.inCommittee ? s.currentBodyId : s.chamberId);
    s.inCommittee = true;
  } else if (s.inCommittee && s.stage === 'referred' && (has('deferral') || has('committee-failure') ||
      (a.actingBodyId !== null && a.actingBodyId !== s.chamberId))) {
    // While it is with a committee, an action by anyone but the chamber is committee work: a hearing, a hold.
    moveTo(s, 'in_committee', date);
  }
  if (COMMITTEE_REPORT.some(has)) {
    if (s.inCommittee || stageRank(s.stage) < stageRank('reported')) beforeFloor(s, 'reported', date);
    Object.assign(s, { currentBodyId: s.chamberId, inCommittee: false });
  }
  if (has('discharge')) Object.assign(s, { currentBodyId: s.chamberId, inCommittee: false });
  if (has('scheduling')) {
    beforeFloor(s, 'scheduled', date);
    Object.assign(s, { currentBodyId: s.chamberId, inCommittee: false });
  }
  if (has('passage')) {
    const body = a.actingBodyId ?? s.chamberId;
    const other = input.chambers === 2 && body !== input.originBodyId;
    forward(s, other ? 'passed_all' : 'passed_origin', date);
    Object.assign(s, { currentBodyId: body, chamberId: body, inCommittee: false });
  }
  if (has('executive-receipt')) {
    forward(s, 'sent_to_executive', date);
    s.currentBodyId = a.relatedBodyId ?? s.currentBodyId;
  }
  if (has('executive-veto')) forward(s, 'sent_to_executive', date);
  if (has('veto-override-passage')) s.overrides += 1;
  if (has('executive-signature') || has('became-law') || s.overrides >= input.chambers) {
    forward(s, 'enacted', date);
    if (has('executive-signature')) s.currentBodyId = a.actingBodyId ?? s.currentBodyId;
  }
  setOutcome(s, has, done);
}

function setOutcome(s: State, has: (tag: string) => boolean, done: boolean) {
  // A measure already through its last stage keeps its result; a later vote on something else cannot undo it.
  if (done) return;
  const stopped =
    (has('failure') || has('committee-failure') || has('executive-veto') || has('veto-override-failure')) ? 'failed'
    : has('withdrawal') ? 'withdrawn'
    : has('tabling') ? 'tabled'
    // "filing" is a council's "Received and filed" / "Placed on file" (as Councilmatic maps it), unless the
    // same action also introduces the measure (a bill "filed" for introduction).
    : has('filing') && !has('introduction') ? 'filed'
    : null;
  if (stopped) s.outcome = stopped;
  // A step forward after a stop (a reconsidered vote, a veto overridden) means the measure is alive again.
  else if (REVIVING.some(has)) s.outcome = 'pending';
}

/**
 * The status shown for a measure, from its actions in timeline order. With no action at all the measure is a
 * `draft` in its origin body (nothing public has happened yet); any action makes it at least `introduced`.
 * `sessionEnded` turns a still-pending measure into `expired`.
 */
export function deriveStatus(input: StatusInput, options: { sessionEnded?: boolean } = {}): DerivedStatus {
  const s: State = {
    stage: 'draft', outcome: 'pending', currentBodyId: input.originBodyId, stageDate: null, lastActionDate: null,
    chamberId: input.originBodyId, inCommittee: false, overrides: 0,
  };
  const final = stageRank(finalStage(input.type, input.chambers));
  for (const action of input.actions) {
    apply(s, action, input, s.outcome === 'adopted');
    if (s.outcome === 'pending' && stageRank(s.stage) >= final) s.outcome = 'adopted';
    if (!s.lastActionDate || action.date > s.lastActionDate) s.lastActionDate = action.date;
  }
  if (options.sessionEnded && s.outcome === 'pending') s.outcome = 'expired';
  const { stage, outcome, currentBodyId, stageDate, lastActionDate } = s;
  return { stage, outcome, currentBodyId, stageDate, lastActionDate };
}
