// The cached page's HTML rewritten all ASCII: the same page once the browser has read it, one byte a character where a
// rewrite to ASCII could change what it means, and left as it was where even that could.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { asciiHtml } = require('./ascii-html.cjs') as { asciiHtml: (html: string) => string };

const NON_ASCII = /[^\x00-\x7f]/;
const WIDE = /[^\x00-\xff]/;

/** The RSC payload's form: a JSON string inside a <script>, as Next writes it. */
const payloadScript = (value: string) => `<script>self.__next_f.push([1,${JSON.stringify(value)}])</script>`;
const scriptValue = (html: string) => JSON.parse(/push\(\[1,(".*")\]\)/.exec(html)![1]!) as string;

describe('asciiHtml', () => {
  it('writes every character above U+007F in markup as a reference, one per character', () => {
    const html = '<p title="It’s “quoted”">It’s — fine 😀 in Yerevan (Երևան), café · naïve</p>';
    const out = asciiHtml(html);
    expect(out).toBe(
      '<p title="It&#x2019;s &#x201C;quoted&#x201D;">It&#x2019;s &#x2014; fine &#x1F600; in Yerevan ' +
        '(&#x535;&#x580;&#x587;&#x561;&#x576;), caf&#xE9; &#xB7; na&#xEF;ve</p>',
    );
    expect(NON_ASCII.test(out)).toBe(false);
  });

  it('escapes them inside scripts so that the payload holds the same string', () => {
    const value = '1:["$","p",null,{"children":"It’s — 😀 Երևան, café · "}]\n';
    const out = asciiHtml(`<div>a’b</div>${payloadScript(value)}<p>c—d ·</p>`);
    expect(NON_ASCII.test(out)).toBe(false);
    expect(out).toContain('\\u2019s \\u2014 \\uD83D\\uDE00');
    expect(out).toContain('caf\\u00E9 \\u00B7');
    expect(scriptValue(out)).toBe(value);
    expect(out.startsWith('<div>a&#x2019;b</div><script>')).toBe(true);
    expect(out.endsWith('</script><p>c&#x2014;d &#xB7;</p>')).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, as Node would have sent it', () => {
    expect(asciiHtml('<p>a\ud800b</p>')).toBe('<p>a&#xFFFD;b</p>');
    // JSON.stringify escapes a lone surrogate itself; written raw into a script, it is sent as U+FFFD too.
    expect(asciiHtml('<script>self.__next_f.push([1,"a\udc00b"])</script>')).toBe(
      '<script>self.__next_f.push([1,"a\\uFFFDb"])</script>',
    );
  });

  it('rewrites only the characters above U+00FF where ASCII would change the meaning, and nothing where that would', () => {
    // CSS would need its own escapes: a Latin-1 character in a style is kept, the rest of the page is still one byte.
    expect(asciiHtml('<style>q::before { content: "·"; }</style><p>It’s café</p>')).toBe(
      '<style>q::before { content: "·"; }</style><p>It&#x2019;s café</p>',
    );
    // A wider character in a style: the page is kept as it was.
    const styled = '<style>q::before { content: "“"; }</style><p>It’s</p>';
    expect(asciiHtml(styled)).toBe(styled);
    // A character right after a backslash in a script: "\é" is é, "\\u00E9" would not be.
    expect(asciiHtml('<script>var s = "\\é";</script><p>It’s café</p>')).toBe(
      '<script>var s = "\\é";</script><p>It&#x2019;s café</p>',
    );
    const escaped = '<script>var s = "\\’";</script><p>It’s</p>';
    expect(asciiHtml(escaped)).toBe(escaped);
    // After an escaped backslash it is a character of its own, and is rewritten.
    expect(asciiHtml('<script>var s = "\\\\’é";</script>')).toBe('<script>var s = "\\\\\\u2019\\u00E9";</script>');
  });

  it('leaves a page that is all ASCII as it was', () => {
    const html = `<!DOCTYPE html><html><body><p>cafe &amp; bar</p>${payloadScript('plain')}</body></html>`;
    expect(asciiHtml(html)).toBe(html);
  });

  it('rewrites a large page in one pass, and each tag of it', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>Measure ${i} — It’s · é</td></tr>`).join('');
    const html = `<table>${rows}</table>${payloadScript(`rows — ${'x’é'.repeat(20000)}`)}`;
    const out = asciiHtml(html);
    expect(NON_ASCII.test(out)).toBe(false);
    expect(WIDE.test(out)).toBe(false);
    expect(out.match(/&#x2014;/g)).toHaveLength(2000);
    expect(out.match(/&#xB7;/g)).toHaveLength(2000);
    expect(scriptValue(out)).toBe(`rows — ${'x’é'.repeat(20000)}`);
  });
});
