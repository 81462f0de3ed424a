// A cached page's HTML rewritten so that every character of it is ASCII: every character above U+007F is written as a
// character reference in markup (&#xB7;, &#x2019;) and as a \u escape inside <script>, which the browser reads back
// as the same characters (docs/decisions/077-ascii-page-html.md, superseding 072).
//
// Why: `next start` sends a cached page with res.end(html), which Node joins to the response head and encodes as UTF-8
// on every request. How fast that is depends on what the string holds:
// - a string holding any character above U+00FF is stored two bytes a character, and Node 20 writes one of more than
//   65,535 characters by a much slower path (0.74 ms of CPU a response at 66,000 characters against 0.17 ms at 60,000);
// - a one-byte string is copied as it is when it is all ASCII, and encoded a character at a time when it holds any
//   character above U+007F, wherever it is. Every page has one (the "·" of its title): in a bare Node 20 server, about
//   100 µs of CPU a response for 62 KB with one such character against about 50 µs all ASCII (Node 24: 80 against
//   65 µs), and 139 against 71 µs at 93 KB.
// So every character above U+007F in our own text (· ’ —) and in names and titles in any language (é, Երևան) costs.
//
// What is rewritten, and where it gives up. Where a rewrite to ASCII could change the page's meaning, only the
// characters above U+00FF are rewritten (one byte a character still, the slow path avoided); where even that could,
// the page is kept as it was, correct and only slower:
// - markup (text and attribute values, including RCDATA such as <title> and <textarea>): a reference per code point;
//   a lone surrogate, which Node would have sent as U+FFFD, becomes &#xFFFD;
// - <script> content: a \uXXXX escape per UTF-16 unit (a pair for characters beyond U+FFFF; a lone surrogate \uFFFD).
//   The characters sit in string literals (the RSC payload is JSON in a JavaScript string) or JSON, where the escape
//   means the same; a character right after a backslash would not, so such a page is kept as it was;
// - <style> content with such a character: CSS would need its own escapes, so the page is kept as it was.
'use strict';

/** Characters to rewrite: above U+007F (to ASCII), or, where that cannot be done safely, above U+00FF (to one byte). */
const ABOVE = {
  ascii: { any: /[^\x00-\x7f]/, each: /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g },
  latin1: { any: /[^\x00-\xff]/, each: /[\ud800-\udbff][\udc00-\udfff]|[^\x00-\xff]/g },
};
const RAW_TEXT = /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;

const hex4 = (unit) => unit.toString(16).toUpperCase().padStart(4, '0');
const isSurrogate = (unit) => unit >= 0xd800 && unit <= 0xdfff;

function markupReference(match) {
  const point = match.codePointAt(0);
  return `&#x${(match.length === 1 && isSurrogate(point) ? 0xfffd : point).toString(16).toUpperCase()};`;
}

/** The script's text with \u escapes, or null when such a character follows a backslash (its meaning would change). */
function escapeScript(text, each) {
  let unsafe = false;
  const escaped = text.replace(each, (match, offset) => {
    let backslashes = 0;
    while (offset - backslashes - 1 >= 0 && text[offset - backslashes - 1] === '\\') backslashes++;
    if (backslashes % 2 === 1) unsafe = true;
    if (match.length === 2) return `\\u${hex4(match.charCodeAt(0))}\\u${hex4(match.charCodeAt(1))}`;
    const unit = match.charCodeAt(0);
    return `\\u${isSurrogate(unit) ? 'FFFD' : hex4(unit)}`;
  });
  return unsafe ? null : escaped;
}

/** `html` with the characters `above` matches rewritten, or null when that cannot be done safely. */
function rewrite(html, { any, each }) {
  if (!any.test(html)) return html;
  const parts = [];
  let last = 0;
  for (const match of html.matchAll(RAW_TEXT)) {
    const [whole, open, tag, content, close] = match;
    const inner = !any.test(content) ? content : tag.toLowerCase() === 'script' ? escapeScript(content, each) : null;
    if (inner === null) return null;
    parts.push(html.slice(last, match.index).replace(each, markupReference));
    parts.push(open.replace(each, markupReference), inner, close);
    last = match.index + whole.length;
  }
  parts.push(html.slice(last).replace(each, markupReference));
  return parts.join('');
}

/**
 * A copy of `html` that is all ASCII, held one byte a character; where that cannot be done safely, one that is all
 * Latin-1 (one byte a character still); otherwise `html` itself.
 */
function asciiHtml(html) {
  if (typeof html !== 'string') return html;
  const rewritten = rewrite(html, ABOVE.ascii) ?? rewrite(html, ABOVE.latin1);
  if (rewritten === null) return html;
  // A string built from slices of a two-byte string stays two-byte in V8 even when every character fits in one;
  // decoding the bytes makes a new, one-byte string.
  return Buffer.from(rewritten, 'latin1').toString('latin1');
}

module.exports = { asciiHtml };
