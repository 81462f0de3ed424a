import type { ActionClassification as C } from './classifications';
import { classifyCongressActionCode } from './congress-codes';

type Rule = readonly [RegExp, readonly C[]];

// Actions that mention words used below (tabled, discharge, withdrawn, failed) without moving the measure.
const PROCEDURAL: RegExp[] = [
  // The veto message laid before, postponed, printed or referred: the veto itself is its own action.
  /\bveto message\b(?![^.]*\bcontrary notwithstanding\b)(?<!text of (the )?veto message)/i,
  /motion to reconsider/i,
  /^sponsor introductory remarks/i,
  /\bco-?sponsor/i,
  /^message on .* action sent to/i,
  /^(on )?motion to (recommit|commit|adjourn|proceed|instruct|postpone|discharge)\b/i,
  /^motion\b.*\bwithdrawn\b/i,
  /^motion to table\b.*\b(failed|not agreed|rejected)/i,
];

// The executive's part; first match wins. "Pro Tempore" signs enrolled bills for the Senate, not as executive.
const EXECUTIVE: Rule[] = [
  [
    /contrary notwithstanding\b.*\b(failed|not (passed|agreed))|veto (was )?sustained|override\b.*\bfailed|\bfailed of passage\b[^.]*\bover (the )?veto/i,
    ['veto-override-failure'],
  ],
  [/contrary notwithstanding|passed (\w+ )?over (the )?veto|veto (was )?overridden/i, ['veto-override-passage']],
  [/became (public |private )?law\b|became law without signature/i, ['became-law']],
  [/line[- ]item veto/i, ['executive-veto-line-item']],
  [/\bpocket[- ]vetoed\b|\bpocket veto\b/i, ['executive-veto-pocket']],
  [
    /^vetoed\b|\bvetoed by (the )?(president|governor|mayor)\b|\b(president|governor|mayor) vetoed\b/i,
    ['executive-veto'],
  ],
  [
    /signed by (the )?(president(?! pro tempore)|governor|mayor)|approved by (the )?(president|governor|mayor)/i,
    ['executive-signature'],
  ],
  [/(presented|sent|transmitted|delivered) to (the )?(president|governor|mayor)/i, ['executive-receipt']],
];

// Amendments to the measure: "Amendment SA 498 agreed to" is not the measure being agreed to.
const AMENDMENT_START = /^([hs]\.?\s?amdt\.?\s?\d+\s*)?(an\s+)?amendment\b/i;
const AMENDMENT: Rule[] = [
  [/\b(not agreed|failed|rejected)\b/i, ['amendment-failure']],
  [/\bwithdrawn\b/i, ['amendment-withdrawal']],
  [/\b(tabled|laid on the table)\b/i, ['amendment-deferral']],
  [/\b(agreed to|adopted)\b/i, ['amendment-passage']],
];

// Actions that stop the measure; first match wins, and nothing else is read from the text.
const STOPPING: Rule[] = [
  [/\bwithdrawn\b|\bwithdrew\b|^withdrawal\b/i, ['withdrawal']],
  [/^motion to table\b.*\bagreed|laid on the table|\btabled\b/i, ['deferral', 'tabling']],
  [/received and filed|(placed|ordered) on file|note and file|filed without action/i, ['filing']],
  [/\b(committee|subcommittee)\b[^.]*\b(failed|rejected|voted down)\b|failed in committee/i, ['committee-failure']],
  [/\bfailed\b|\bnot (agreed to|adopted|passed|approved)\b|\brejected\b|\bdefeated\b/i, ['failure']],
];

// Steps that can share one action ("Introduced and referred"); every match adds its classifications.
const STEPS: Rule[] = [
  [
    /^introduced\b|\bintroduced in (the )?(house|senate|council|assembly)\b|^submitted in the (house|senate)\b|^(direct )?introduction\b/i,
    ['introduction'],
  ],
  [/^(pre)?filed\b/i, ['introduction', 'filing']], // a bill filed for introduction, not a council "filed" item
  [/^received in the (house|senate)\b|^received from\b/i, ['receipt']],
  [/\b(re-?)?referred to\b|\b(re)?committed to\b|^referral\b/i, ['referral-committee']],
  [
    /rule provides for consideration|placed on (the )?[\w\s.]*calendar\b|scheduled for (floor|council|a vote|consideration)/i,
    ['scheduling'],
  ],
  [/\bdo not pass\b|reported (adversely|unfavorably)|unfavorabl[ey] recommend/i, ['committee-passage-unfavorable']],
  [
    /reported favorably|recommended (to pass|for (passage|adoption|approval))|\bdo pass\b/i,
    ['committee-passage-favorable'],
  ],
  [
    /^reported\b|\breported (by|to|with|without|in the nature|an original)\b|ordered to be reported|^committee reported\b/i,
    ['committee-passage'],
  ],
  [/(?<!sub)committee[^.]*\bdischarged\b/i, ['discharge']],
  [
    /\bheld in committee\b|\bheld (for consideration|over)\b|^(deferred|continued|postponed|laid over)\b/i,
    ['deferral'],
  ],
  [
    /passed\/agreed to in\b|^(passed|adopted|approved|enacted)\b|\bagreed to in (the )?(house|senate)\b|\bresolution agreed to\b|^on (agreeing to|passage|motion to suspend the rules and (pass|agree))\b.*\b(agreed to|passed)\b/i,
    ['passage'],
  ],
  [/\bas amended\b/i, ['amendment-passage']],
  [/\bread twice\b/i, ['reading-1', 'reading-2']],
  [/\bread (a |the )?first time\b|^first reading\b/i, ['reading-1']],
  [/\bread (a |the )?second time\b|^second reading\b/i, ['reading-2']],
  [/\bread (a |the )?third time\b|^third reading\b/i, ['reading-3']],
];

function firstMatch(rules: Rule[], text: string): C[] | null {
  const hit = rules.find(([pattern]) => pattern.test(text));
  return hit ? [...hit[1]] : null;
}

/** Open Civic Data classifications for an action's text as published (Congress.gov, city council minutes). */
export function classifyActionText(text: string): C[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || PROCEDURAL.some((pattern) => pattern.test(t))) return [];
  const decided = firstMatch(EXECUTIVE, t);
  if (decided) return decided;
  if (AMENDMENT_START.test(t)) return firstMatch(AMENDMENT, t) ?? ['amendment-introduction'];
  const stopped = firstMatch(STOPPING, t);
  if (stopped) return stopped;
  const found = new Set<C>();
  for (const [pattern, tags] of STEPS) if (pattern.test(t)) tags.forEach((tag) => found.add(tag));
  return [...found];
}

/** Classifies one action: a known Congress.gov code takes precedence, the text decides otherwise. */
export function classifyAction(action: { text: string; sourceCode?: string | null }): C[] {
  return classifyCongressActionCode(action.sourceCode) ?? classifyActionText(action.text);
}
