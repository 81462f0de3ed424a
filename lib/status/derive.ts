// The status of a measure from its ordered actions, and from what its official record states outright (a law
// number). The precedence of the signals is docs/decisions/010-status-from-the-whole-record.md.
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { finalStage, stageRank } from './stages';

export type StatusAction = {
  date: Date;
  classification: readonly string[];
  actingBodyId: number | null;
  relatedBodyId: number | null;
  /** The text as published: a law's number is read from it ("Became Public Law No: 114-70."). */
  text?: string | null;
};

/** A law the record names for the measure itself (Bill Status `<laws>`), not for a related bill. */
export type LawCitation = { type: string; number: string };

export type StatusInput = {
  type: MeasureType;
  chambers: 1 | 2;
  originBodyId: number;
  /** In timeline order. */
  actions: readonly StatusAction[];
  /** The laws the record itself names: a number there is the record's word that the measure became law. */
  laws?: readonly LawCitation[];
};

export type DerivedStatus = {
  stage: Stage;
  outcome: Outcome;
  /** Null once the outcome is final: no body holds an adopted, enacted, vetoed, failed or expired measure. */
  currentBodyId: number | null;
  /** Where it was when its outcome became final (the committee it expired in); null while it is pending. */
  finalBodyId: number | null;
  stageDate: Date | null;
  /** The day the outcome was reached; null while pending (and for an expiry, which no action dates). */
  outcomeDate: Date | null;
  lawType: string | null;
  lawNumber: string | null;
  lastActionDate: Date | null;
};

/** Outcomes after which no body holds the measure. A tabled measure still lies on its body's table. */
export const FINAL_OUTCOMES: ReadonlySet<Outcome> = new Set<Outcome>([
  'adopted',
  'became_law',
  'vetoed',
  'pocket_vetoed',
  'veto_overridden',
  'failed',
  'withdrawn',
  'filed',
  'expired',
]);

// Outcomes the executive decides; nothing a chamber does afterwards moves them, except an override of a veto.
const SETTLED: ReadonlySet<Outcome> = new Set<Outcome>(['adopted', 'became_law', 'pocket_vetoed', 'veto_overridden']);

type State = {
  stage: Stage;
  outcome: Outcome;
  currentBodyId: number | null;
  stageDate: Date | null;
  outcomeDate: Date | null;
  lastActionDate: Date | null;
  law: LawCitation | null;
  chamberId: number; // the chamber the measure is in (where a committee reports back to)
  inCommittee: boolean;
  /** The chambers that voted to override the veto, with the day of the vote. */
  overrides: Map<string, string>;
};

const PASSED_ORIGIN = stageRank('passed_origin');
const COMMITTEE_REPORT = ['committee-passage', 'committee-passage-favorable', 'committee-passage-unfavorable'];
const REVIVING = ['passage', 'referral-committee', 'scheduling', 'executive-receipt', ...COMMITTEE_REPORT];
const LAW_IN_TEXT = /\b(Public|Private) Law(?: No)?[:.]?\s*(\d{1,3}-\d{1,4})\b/i;

function moveTo(s: State, stage: Stage, date: Date) {
  if (s.stage !== stage) Object.assign(s, { stage, stageDate: date });
}

function forward(s: State, stage: Stage, date: Date) {
  if (stageRank(stage) > stageRank(s.stage)) moveTo(s, stage, date);
}

function settle(s: State, outcome: Outcome, date: Date) {
  if (s.outcome !== outcome) Object.assign(s, { outcome, outcomeDate: date });
}

// Committee and calendar steps may go back and forth (a reported measure can be re-referred), but never undo a
// floor passage: a House-passed bill in a Senate committee still shows "passed", with the committee as its body.
function beforeFloor(s: State, stage: Stage, date: Date) {
  if (stageRank(s.stage) < PASSED_ORIGIN) moveTo(s, stage, date);
}

function lawIn(text: string | null | undefined): LawCitation | null {
  const found = text?.match(LAW_IN_TEXT);
  return found
    ? { type: `${found[1]![0]!.toUpperCase()}${found[1]!.slice(1).toLowerCase()} Law`, number: found[2]! }
    : null;
}

/**
 * Counts a chamber's vote to override, once. The Library of Congress repeats a chamber's vote on the same day
 * without naming the chamber as acting body: a vote with no body counts only when no chamber voted that day.
 */
function countOverride(s: State, a: StatusAction) {
  const day = a.date.toISOString().slice(0, 10);
  if (a.actingBodyId === null) {
    if (![...s.overrides.values()].includes(day)) s.overrides.set(`unnamed:${day}`, day);
    return;
  }
  s.overrides.delete(`unnamed:${day}`);
  s.overrides.set(`body:${a.actingBodyId}`, day);
}

function moveThroughChambers(s: State, a: StatusAction, input: StatusInput, has: (tag: string) => boolean) {
  const { date } = a;
  const receiver = a.actingBodyId ?? a.relatedBodyId;
  if (has('receipt') && receiver !== null) s.currentBodyId = s.chamberId = receiver;
  if (has('referral-committee')) {
    if (!s.inCommittee && a.actingBodyId !== null) s.chamberId = a.actingBodyId;
    // A referral while already with a committee (subcommittee, additional committee) is work inside committee.
    beforeFloor(s, s.inCommittee ? 'in_committee' : 'referred', date);
    s.currentBodyId = a.relatedBodyId ?? (s.inCommittee ? s.currentBodyId : s.chamberId);
    s.inCommittee = true;
  } else if (
    s.inCommittee &&
    s.stage === 'referred' &&
    (has('deferral') || has('committee-failure') || (a.actingBodyId !== null && a.actingBodyId !== s.chamberId))
  ) {
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
}

function enact(s: State, date: Date) {
  forward(s, 'enacted', date);
}

/** The executive's part: receipt, signature, veto, pocket veto, override votes, becoming law. */
function executive(s: State, a: StatusAction, input: StatusInput, has: (tag: string) => boolean) {
  const { date } = a;
  if (has('executive-receipt')) {
    forward(s, 'sent_to_executive', date);
    s.currentBodyId = a.relatedBodyId ?? s.currentBodyId;
  }
  const vetoed = s.outcome === 'vetoed';
  if (has('executive-veto-pocket')) {
    forward(s, 'sent_to_executive', date);
    settle(s, 'pocket_vetoed', date);
  } else if (has('executive-veto')) {
    forward(s, 'sent_to_executive', date);
    settle(s, 'vetoed', date);
  } else if (vetoed && has('veto-override-passage')) {
    countOverride(s, a);
    if (s.overrides.size >= input.chambers) {
      enact(s, date);
      settle(s, 'veto_overridden', date);
    }
  } else if (has('became-law')) {
    enact(s, date);
    settle(s, vetoed ? 'veto_overridden' : 'became_law', date);
  } else if (has('executive-signature') && !vetoed) {
    enact(s, date);
    settle(s, 'became_law', date);
  }
  // A failed override leaves the veto standing: the outcome stays "vetoed".
}

function chamberOutcome(s: State, has: (tag: string) => boolean, date: Date) {
  const stopped =
    has('failure') || has('committee-failure')
      ? 'failed'
      : has('withdrawal')
        ? 'withdrawn'
        : has('tabling')
          ? 'tabled'
          : // "filing" is a council's "Received and filed" / "Placed on file" (as Councilmatic maps it), unless the
            // same action also introduces the measure (a bill "filed" for introduction).
            has('filing') && !has('introduction')
            ? 'filed'
            : null;
  if (stopped) settle(s, stopped, date);
  // A step forward after a stop (a reconsidered vote) means the measure is alive again.
  else if (REVIVING.some(has)) Object.assign(s, { outcome: 'pending', outcomeDate: null });
}

function apply(s: State, a: StatusAction, input: StatusInput) {
  const has = (tag: string) => a.classification.includes(tag);
  // Any public action means the measure exists, even one that is not classified.
  forward(s, 'introduced', a.date);
  // "Became Public Law No: 114-70." follows the signature that already made it law: its number still counts.
  if (has('became-law')) s.law = lawIn(a.text) ?? s.law;
  if (SETTLED.has(s.outcome)) return;
  executive(s, a, input, has);
  // After a veto only the executive's part (an override, a law) moves the measure: a referral of the veto message,
  // a failed override or a motion on it does not revive it.
  if (s.outcome === 'vetoed' || SETTLED.has(s.outcome)) return;
  moveThroughChambers(s, a, input, has);
  chamberOutcome(s, has, a.date);
}

/**
 * The status shown for a measure, from its actions in timeline order. With no action at all the measure is a
 * `draft` in its origin body (nothing public has happened yet); any action makes it at least `introduced`.
 * `sessionEnded` turns a still-pending measure into `expired`. A law the record names makes it law even when the
 * timeline has not caught up (the record is the later word), and a veto before it makes that an override.
 */
export function deriveStatus(input: StatusInput, options: { sessionEnded?: boolean } = {}): DerivedStatus {
  const s: State = {
    stage: 'draft',
    outcome: 'pending',
    currentBodyId: input.originBodyId,
    stageDate: null,
    outcomeDate: null,
    lastActionDate: null,
    law: null,
    chamberId: input.originBodyId,
    inCommittee: false,
    overrides: new Map(),
  };
  const final = stageRank(finalStage(input.type, input.chambers));
  for (const action of input.actions) {
    apply(s, action, input);
    if (s.outcome === 'pending' && stageRank(s.stage) >= final) settle(s, 'adopted', action.date);
    if (!s.lastActionDate || action.date > s.lastActionDate) s.lastActionDate = action.date;
  }
  const recordLaw = input.laws?.[0] ?? null;
  if (recordLaw) {
    s.law = { type: recordLaw.type, number: recordLaw.number };
    if (s.outcome !== 'became_law' && s.outcome !== 'veto_overridden') {
      const date = s.lastActionDate ?? new Date(0);
      enact(s, date);
      settle(s, s.outcome === 'vetoed' ? 'veto_overridden' : 'became_law', date);
    }
  }
  if (options.sessionEnded && s.outcome === 'pending') Object.assign(s, { outcome: 'expired', outcomeDate: null });
  const { stage, outcome, stageDate, outcomeDate, lastActionDate, law } = s;
  const lawful = outcome === 'became_law' || outcome === 'veto_overridden';
  return {
    stage,
    outcome,
    currentBodyId: FINAL_OUTCOMES.has(outcome) ? null : s.currentBodyId,
    finalBodyId: FINAL_OUTCOMES.has(outcome) ? s.currentBodyId : null,
    stageDate,
    outcomeDate,
    lawType: lawful ? (law?.type ?? null) : null,
    lawNumber: lawful ? (law?.number ?? null) : null,
    lastActionDate,
  };
}
