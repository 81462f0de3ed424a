// Identifiers as people type them ("H. Res. 240", "hres240", "CF 21-0002-S1") reduced to one form for matching,
// and the readable, stable slugs of public URLs.

import type { MeasureType } from '@/lib/generated/prisma/enums';

// Spelled-out chamber and type names, longest first so "HOUSE CONCURRENT RESOLUTION" wins over "HOUSE RESOLUTION".
const LONG_FORMS: [RegExp, string][] = [
  [/^HOUSE\s+CONCURRENT\s+RESOLUTION\b/, 'HCONRES'],
  [/^HOUSE\s+JOINT\s+RESOLUTION\b/, 'HJRES'],
  [/^HOUSE\s+RESOLUTION\b/, 'HRES'],
  [/^HOUSE\s+BILL\b/, 'HR'],
  [/^SENATE\s+CONCURRENT\s+RESOLUTION\b/, 'SCONRES'],
  [/^SENATE\s+JOINT\s+RESOLUTION\b/, 'SJRES'],
  [/^SENATE\s+RESOLUTION\b/, 'SRES'],
  [/^SENATE\s+BILL\b/, 'S'],
];

// "CF 21-0002-S1", "C.F. 21-0002", "Council File No. 21-0002": the hyphens carry meaning, so they stay.
const COUNCIL_FILE = /^(?:(?:C\.?\s*F\.?|COUNCIL\s+FILE)\s*(?:NO\.?|#)?\s*)?(\d{2}-\d{3,5}(?:-[A-Z0-9]+)*)$/;

/** Folds accents and the odd letters NFKD leaves whole. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd');
}

/**
 * The form used to match identifiers: "H.Res. 240", "H RES 240", "hres240" → "HRES240"; "S. 469" → "S469";
 * council file numbers keep their hyphens: "CF 21-0002-S1" → "21-0002-S1". Null when there is nothing to match.
 */
export function normalizeIdentifier(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let text = fold(raw).toUpperCase().trim().replace(/\s+/g, ' ');
  if (!text) return null;

  const councilFile = text.replace(/\s*-\s*/g, '-').match(COUNCIL_FILE);
  if (councilFile?.[1]) return councilFile[1];

  for (const [pattern, code] of LONG_FORMS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, code);
      break;
    }
  }
  const compact = text.replace(/[^A-Z0-9]/g, '');
  if (!compact) return null;
  // "H.Res. 0240" and "H.Res. 240" are the same measure.
  const typed = compact.match(/^([A-Z]+)0*(\d+)$/);
  if (typed) return `${typed[1]}${typed[2]}`;
  return compact;
}

/** "Paul Krekorian" → "paul-krekorian"; "Linda T. Sánchez" → "linda-t-sanchez". */
export function slugify(text: string): string {
  return fold(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The identifier part of a slug: "HRES240" → "hres-240", "21-0002-S1" → "21-0002-s1". */
function identifierSlug(normalized: string): string {
  const typed = normalized.match(/^([A-Z]+)(\d+)$/);
  return typed ? `${typed[1]!.toLowerCase()}-${typed[2]}` : slugify(normalized);
}

function isoDay(date: Date | string): string {
  if (typeof date === 'string') {
    const day = date.match(/^\d{4}(?:-\d{2}){0,2}/)?.[0];
    if (!day) throw new Error(`Not a date: "${date}"`);
    return day;
  }
  return date.toISOString().slice(0, 10);
}

const MAX_TITLE_WORDS = 8;

export type MeasureSlugInput = {
  jurisdictionSlug: string;
  sessionIdentifier?: string | null;
  identifier?: string | null;
  /** Names the measure when it has no identifier; a resolution unless said otherwise. */
  type?: MeasureType;
  /** Adoption or introduction date: "2021-04-21" or a Date. */
  date?: Date | string | null;
  title: string;
};

/**
 * A readable slug that does not change when the title is edited:
 * "us-117-hres-240"; without an identifier, "los-angeles-resolution-2021-04-21";
 * without a date either, the first words of the title. Uniqueness is the caller's concern.
 */
export function measureSlug(input: MeasureSlugInput): string {
  const normalized = normalizeIdentifier(input.identifier);
  const parts = [input.jurisdictionSlug];
  if (normalized) {
    if (input.sessionIdentifier) parts.push(slugify(input.sessionIdentifier));
    parts.push(identifierSlug(normalized));
  } else {
    parts.push((input.type ?? 'resolution').replace(/_/g, '-'));
    if (input.date) parts.push(isoDay(input.date));
    else parts.push(slugify(input.title).split('-').slice(0, MAX_TITLE_WORDS).join('-'));
  }
  return parts.filter(Boolean).join('-');
}
