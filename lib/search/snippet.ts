// Highlighted snippets without HTML: PostgreSQL's ts_headline marks matches with two control characters that no
// stored text contains (they are removed from the document first), and the page renders the parts as text and
// <mark> elements. Nothing from the database is ever inserted as HTML.

export const START_SEL = '\u0002';
export const STOP_SEL = '\u0003';

/** The ts_headline options: the sentinels, and a few short fragments. */
export const HEADLINE_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … "`;
export const TITLE_HEADLINE_OPTIONS = `StartSel=${START_SEL}, StopSel=${STOP_SEL}, HighlightAll=true`;

export type SnippetPart = { text: string; match: boolean };

/** "a \u0002b\u0003 c" → [{a }, {b, match}, { c}]; an unclosed or stray marker is treated as plain text. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(START_SEL);
    const stop = start === -1 ? -1 : rest.indexOf(STOP_SEL, start + 1);
    if (start === -1 || stop === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    parts.push({ text: rest.slice(start + 1, stop), match: true });
    rest = rest.slice(stop + 1);
  }
  return parts
    .map((part) => ({ ...part, text: part.text.replaceAll(START_SEL, '').replaceAll(STOP_SEL, '') }))
    .filter((part) => part.text.length > 0);
}
