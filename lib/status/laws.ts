// A law a measure became: "Public Law 117-169". Stored as its type and number; the record's own list (Bill Status
// <laws>) is kept as text, one "Public Law 117-169" each.
import type { LawCitation } from './derive';

const CITATION = /^(Public|Private) Law\s+(\d{1,3})-(\d{1,4})$/i;

export function formatLaw(law: LawCitation): string {
  return `${law.type} ${law.number}`;
}

/** "Public Law 117-169" as a citation, or null when it is not one. */
export function parseLaw(text: string): LawCitation | null {
  const found = text.trim().match(CITATION);
  if (!found) return null;
  return {
    type: `${found[1]![0]!.toUpperCase()}${found[1]!.slice(1).toLowerCase()} Law`,
    number: `${found[2]}-${found[3]}`,
  };
}

/**
 * The law's text on govinfo (GPO's link service resolves a Congress, kind and number to the published law). Null
 * for a number that is not "<congress>-<number>".
 */
export function lawUrl(law: { type: string; number: string }): string | null {
  const found = law.number.match(/^(\d{1,3})-(\d{1,4})$/);
  if (!found) return null;
  const kind = /^private/i.test(law.type) ? 'private' : 'public';
  return `https://www.govinfo.gov/link/plaw/${found[1]}/${kind}/${found[2]}`;
}
