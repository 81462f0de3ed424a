import type { ActionClassification } from './classifications';

// Congress.gov / Bill Status XML action codes (GPO user guide, table 3, plus codes seen in the bulk data).
// An empty list means "known, and it does not move the measure" (debate, a unanimous-consent request, the motion
// to reconsider being tabled); a code missing here is unknown and the action's text decides.
const CODES: Record<string, readonly ActionClassification[]> = {
  // Library of Congress (source system 9) milestones
  'Intro-H': ['introduction'],
  '1000': ['introduction'],
  '10000': ['introduction'],
  '2000': ['referral-committee'],
  '11000': ['referral-committee'],
  '5000': ['committee-passage'],
  '14000': ['committee-passage'],
  '5500': ['discharge'],
  '14500': ['discharge'],
  '8000': ['passage'],
  '17000': ['passage'],
  '13100': [], // Senate committee hearings: the committee acting is enough to show "in committee"
  '13200': [], // Senate committee markup
  '14900': [], // written report filed after the measure was already reported
  // House floor (source system 2) and executive
  B00100: [],
  H11100: ['referral-committee'],
  H11200: ['referral-committee'],
  H12100: ['introduction', 'committee-passage'], // an original measure is born reported
  H12200: ['committee-passage'],
  H12300: ['discharge'],
  H12410: ['scheduling'],
  H14000: ['receipt'],
  H15000: [], // held at the desk: received, but not referred; H14000 already moved it
  H17000: [], // a discharge petition is a motion, not yet a discharge
  H1L210: ['scheduling'],
  H1L220: ['scheduling'],
  H35000: [],
  H25200: [],
  H38310: [], // "Motion to reconsider laid on the table": procedural, the measure itself is not tabled
  H30000: [],
  H30200: [],
  H8D000: [],
  H81000: [],
};

// Vote results share one code whether the measure passed or failed, so for these the text must decide. So do the
// executive's codes: GPO's files give E30000 ("Signed by President") to a veto and 36000 ("Became Public Law") to
// a signature, so a code alone never says what the President did (docs/decisions/010-status-from-the-whole-record.md).
const DECIDED_BY_TEXT = new Set([
  'H37100',
  'H37300',
  'E20000',
  'E30000',
  'E40000',
  'E50000',
  'E60000',
  '28000',
  '29000',
  '30000',
  '31000',
  '32000',
  '33000',
  '34000',
  '35000',
  '36000',
]);

/**
 * The classifications for a Congress.gov action code, or null when the code is unknown or its meaning depends on
 * the vote (then classify the text instead).
 */
export function classifyCongressActionCode(code: string | null | undefined): ActionClassification[] | null {
  const key = code?.trim();
  if (!key || DECIDED_BY_TEXT.has(key)) return null;
  const known = CODES[key];
  return known ? [...known] : null;
}
