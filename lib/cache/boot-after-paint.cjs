// A cached page's framework scripts requested once the page has painted, instead of from its <head>
// (docs/decisions/074-scripts-after-first-paint.md).
//
// Why: a cached page is complete HTML: it reads, and its links and forms work, before any script runs (every form
// posts to a real address). Next writes its chunks as <script async> in the <head>, so the browser fetches ~140 KB
// of JavaScript alongside the stylesheet and runs it as soon as it arrives, often before the page's first frame is on
// screen. On a slow phone that JavaScript competes with the stylesheet for the network and with the first frame for
// the CPU; Lighthouse's mobile simulation counts the whole bundle before the largest paint (LCP 2.3-2.9 s on the
// measure page against 1.1-1.3 s when the scripts come after the paint, same page and machine).
//
// What is rewritten: the <script src="/_next/static/…" async=""></script> elements of the <head> are taken out, and
// an inline script before </body> adds the same elements (async, in the same order, one task each: starting a
// request costs the main thread 1-4 ms, up to 30 ms for six at once) when the browser reports the
// first contentful paint, or at once when it cannot report one (no Paint Timing, a hidden tab), or when the tab is
// hidden, or after 3 s whatever happens. Everything else (the inline RSC payload, the bootstrap chunk Next writes in
// the body, the stylesheet) is left where it was. A page that does not have this shape (no such scripts in the head,
// no </body>) is kept as it was.
'use strict';

const HEAD = /^([\s\S]*?<head>)([\s\S]*?)(<\/head>)/;
const HEAD_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g;

const BOOT_START = '<script>(function(s){var d=0,P=self.PerformanceObserver;';
/** The boot script's list of sources, found after its opening (written once, above). */
const BOOT_SOURCES = new RegExp(
  String.raw`${BOOT_START.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\s\S]*?\}\)\((\[[^\]<]*\])\)</script>`,
);

/** The inline script that adds `sources` once the page has painted. Only ASCII, as the page cache keeps pages. */
function bootScript(sources) {
  return (
    BOOT_START +
    'function b(){if(d)return;d=1;' +
    "s.forEach(function(u){setTimeout(function(){var e=document.createElement('script');e.src=u;e.async=true;" +
    'document.head.appendChild(e)})})}' +
    "if(document.visibilityState!=='visible'||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf('paint')<0)" +
    'return b();' +
    "document.addEventListener('visibilitychange',b);setTimeout(b,3000);" +
    "try{new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();b()}})" +
    ".observe({type:'paint',buffered:true})}catch(e){b()}" +
    `})(${JSON.stringify(sources).replace(/</g, '\\u003c')})</script>`
  );
}

/** `html` with its head's framework scripts requested after the first paint, or `html` itself when it has no such shape. */
function bootAfterPaint(html) {
  if (typeof html !== 'string') return html;
  const head = HEAD.exec(html);
  const bodyEnd = html.lastIndexOf('</body>');
  if (!head || bodyEnd < head[0].length) return html;
  const sources = [];
  const headWithout = head[2].replace(HEAD_SCRIPT, (_, src) => {
    sources.push(src);
    return '';
  });
  if (sources.length === 0) return html;
  return (
    head[1] + headWithout + head[3] + html.slice(head[0].length, bodyEnd) + bootScript(sources) + html.slice(bodyEnd)
  );
}

/** The scripts a rewritten page adds after its first paint (none for a page as Next wrote it): what it ships too. */
function bootSources(html) {
  const match = BOOT_SOURCES.exec(html);
  return match ? JSON.parse(match[1]) : [];
}

module.exports = { bootAfterPaint, bootSources };
