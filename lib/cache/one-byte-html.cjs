// A cached page's HTML rewritten so that JavaScript holds it as a one-byte (Latin-1) string: every character above
// U+00FF is written as a character reference in markup (&#x2019;) and as a \u escape inside <script>, which the
// browser reads back as the same characters (docs/decisions/072-one-byte-page-html.md).
//
// Why: `next start` sends a cached page with res.end(html), which Node joins to the response head and writes as UTF-8.
// A string holding any character above U+00FF is stored two bytes a character, and Node 20 writes a two-byte string
// of more than 65,535 characters by a slower path: in a bare Node server, 0.74 ms of CPU a response at 66,000
// characters against 0.17 ms at 60,000, while a one-byte string of 90,000 costs 0.12 ms. Every page has such a
// character (’ and — in our own text, names and titles in any language), so every page over 65,535 characters (the
// list and search views, the dashboard, large campaign pages) paid it on every request.
//
// What is rewritten, and where it gives up (the page is then kept as it was, correct and only slower):
// - markup (text and attribute values, including RCDATA such as <title> and <textarea>): a reference per code point;
//   a lone surrogate, which Node would have sent as U+FFFD, becomes &#xFFFD;
// - <script> content: a \uXXXX escape per UTF-16 unit (a pair for characters beyond U+FFFF; a lone surrogate \uFFFD).
//   The characters sit in string literals (the RSC payload is JSON in a JavaScript string) or JSON, where the escape
//   means the same; a character right after a backslash would not, so such a page is kept as it was;
// - <style> content with such a character: CSS would need its own escapes, so the page is kept as it was.
'use strict';

const WIDE = /[^\x00-\xff]/;
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
const MARKUP_WIDE = /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g;

const hex4 = (unit) => unit.toString(16).toUpperCase().padStart(4, '0');
const isSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdfff;

function markupReference(match) {
  const point = match.codePointAt(0);
  return `&#x${(match.length === 1 && isSurrogate(point) ? 0xfffd : point).toString(16).toUpperCase()};`;
}

/** The script's text with \u escapes, or null when a wide character follows a backslash (its meaning would change). */
function escapeScript(text) {
  let unsafe = false;
  const escaped = text.replace(MARKUP_WIDE, (match, offset) => {
    let backslashes = 0;
    while (offset - backslashes - 1 >= 0 && text[offset - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 1) unsafe = true;
    if (match.length === 2) return `\\u${hex4(match.charCodeAt(0))}\\u${hex4(match.charCodeAt(1))}`;
    const unit = match.charCodeAt(0);
    return `\\u${isSurrogate(unit) ? 'FFFD' : hex4(unit)}`;
  });
  return unsafe ? null : escaped;
}

/** A copy of `html` stored one byte a character, or `html` itself when it cannot be rewritten safely. */
function oneByteHtml(html) {
  if (typeof html !== 'string') return html;
  const parts = [];
  let last = 0;
  if (WIDE.test(html)) {
    for (const match of html.matchAll(RAW_TEXT)) {
      const [whole, open, tag, content, close] = match;
      const inner = !WIDE.test(content) ? content : tag.toLowerCase() === 'script' ? escapeScript(content) : null;
      if (inner === null) return html;
      parts.push(html.slice(last, match.index).replace(MARKUP_WIDE, markupReference));
      parts.push(open.replace(MARKUP_WIDE, markupReference), inner, close);
      last = match.index + whole.length;
    }
  }
  parts.push(html.slice(last).replace(MARKUP_WIDE, markupReference));
  // A string built from slices of a two-byte string stays two-byte in V8 even when every character fits in one;
  // decoding Latin-1 bytes makes a new, one-byte string.
  return Buffer.from(parts.join(''), 'latin1').toString('latin1');
}

module.exports = { oneByteHtml };
