// Which measure identifiers a query could be: "H.Res. 240", "hres240", "HRES 240 117th", "117th Congress H. Res. 240",
// "CF 21-0002-S1". Each reading is the normalised identifier (lib/measures/identifier.ts) and, when given, the
// session ("117"). A query that cannot be an identifier gives none.
import { normalizeIdentifier } from '@/lib/measures/identifier';

export type IdentifierReading = { normalized: string; session: string | null };

// A letter code and a number ("HRES240", "S469") or a council file number ("21-0002", "21-0002-S1").
const IDENTIFIER_SHAPE = /^(?:[A-Z]{1,10}\d{1,6}|\d{2}-\d{3,5}(?:-[A-Z0-9]+)*)$/;

// "117th", "117th Congress", "117 Congress", "Congress 117", "(117th Congress)".
const SESSION = String.raw`\(?(?:congress\s+)?(\d{1,3})(?:st|nd|rd|th)?(?:\s+congress)?\)?`;
const LEADING_SESSION = new RegExp(String.raw`^${SESSION}[\s,:;-]+(.+)$`, 'i');
const TRAILING_SESSION = new RegExp(String.raw`^(.+?)[\s,;(-]+${SESSION}$`, 'i');

function reading(text: string, session: string | null): IdentifierReading | null {
  const normalized = normalizeIdentifier(text);
  if (!normalized || !IDENTIFIER_SHAPE.test(normalized)) return null;
  return { normalized, session };
}

/** The identifier readings of a query, the whole query first; empty when it is not shaped like an identifier. */
export function identifierReadings(query: string): IdentifierReading[] {
  const text = query.trim();
  if (!text || text.length > 60) return [];
  const readings: IdentifierReading[] = [];
  const add = (candidate: IdentifierReading | null) => {
    if (candidate && !readings.some((r) => r.normalized === candidate.normalized && r.session === candidate.session)) {
      readings.push(candidate);
    }
  };
  add(reading(text, null));
  const leading = text.match(LEADING_SESSION);
  if (leading) add(reading(leading[2]!, String(Number(leading[1]))));
  const trailing = text.match(TRAILING_SESSION);
  if (trailing) add(reading(trailing[1]!, String(Number(trailing[2]))));
  return readings;
}
