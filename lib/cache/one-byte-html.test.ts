// The cached page's HTML rewritten one byte a character: the same page once the browser has read it, and left as it
// was where a rewrite could change what it means.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { oneByteHtml } = require('./one-byte-html.cjs') as { oneByteHtml: (html: string) => string };

const WIDE = /[^\x00-\xff]/;

/** The RSC payload's form: a JSON string inside a <script>, as Next writes it. */
const payloadScript = (value: string) => `<script>self.__next_f.push([1,${JSON.stringify(value)}])</script>`;
const scriptValue = (html: string) => JSON.parse(/push\(\[1,(".*")\]\)/.exec(html)![1]!) as string;

describe('oneByteHtml', () => {
  it('writes characters above U+00FF in markup as references, one per character', () => {
    const html = '<p title="It’s “quoted”">It’s — fine 😀 in Yerevan (Երևան), café · naïve</p>';
    const out = oneByteHtml(html);
    expect(out).toBe(
      '<p title="It&#x2019;s &#x201C;quoted&#x201D;">It&#x2019;s &#x2014; fine &#x1F600; in Yerevan ' +
        '(&#x535;&#x580;&#x587;&#x561;&#x576;), café · naïve</p>',
    );
    expect(WIDE.test(out)).toBe(false);
  });

  it('escapes them inside scripts so that the payload holds the same string', () => {
    const value = '1:["$","p",null,{"children":"It’s — 😀 Երևան, café"}]\n';
    const out = oneByteHtml(`<div>a’b</div>${payloadScript(value)}<p>c—d</p>`);
    expect(WIDE.test(out)).toBe(false);
    expect(out).toContain('\\u2019s \\u2014 \\uD83D\\uDE00');
    expect(scriptValue(out)).toBe(value);
    expect(out.startsWith('<div>a&#x2019;b</div><script>')).toBe(true);
    expect(out.endsWith('</script><p>c&#x2014;d</p>')).toBe(true);
  });

  it('writes a lone surrogate as U+FFFD, as Node would have sent it', () => {
    expect(oneByteHtml('<p>a\ud800b</p>')).toBe('<p>a&#xFFFD;b</p>');
    // JSON.stringify escapes a lone surrogate itself; written raw into a script, it is sent as U+FFFD too.
    expect(oneByteHtml('<script>self.__next_f.push([1,"a\udc00b"])</script>')).toBe(
      '<script>self.__next_f.push([1,"a\\uFFFDb"])</script>',
    );
  });

  it('keeps a page as it was where a rewrite would change its meaning', () => {
    // CSS would need its own escapes.
    const styled = '<style>q::before { content: "“"; }</style><p>It’s</p>';
    expect(oneByteHtml(styled)).toBe(styled);
    // A wide character right after a backslash in a script: "\’" is ’, "\\u2019" would not be.
    const escaped = '<script>var s = "\\’";</script><p>It’s</p>';
    expect(oneByteHtml(escaped)).toBe(escaped);
    // After an escaped backslash it is a character of its own, and is rewritten.
    expect(oneByteHtml('<script>var s = "\\\\’";</script>')).toBe('<script>var s = "\\\\\\u2019";</script>');
  });

  it('leaves a page without such characters as it was', () => {
    const html = `<!DOCTYPE html><html><body><p>café</p>${payloadScript('plain')}</body></html>`;
    expect(oneByteHtml(html)).toBe(html);
  });

  it('rewrites a large page in one pass, and each tag of it', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>Measure ${i} — It’s</td></tr>`).join('');
    const html = `<table>${rows}</table>${payloadScript(`rows — ${'x’'.repeat(20000)}`)}`;
    const out = oneByteHtml(html);
    expect(WIDE.test(out)).toBe(false);
    expect(out.match(/&#x2014;/g)).toHaveLength(2000);
    expect(scriptValue(out)).toBe(`rows — ${'x’'.repeat(20000)}`);
  });
});
