// The rewrite that requests a cached page's framework scripts after its first paint, on the shape of HTML Next writes,
// and its inline script run in a VM against a stand-in document: what it appends, and when.
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { bootAfterPaint, bootSources } = require('./boot-after-paint.cjs') as {
  bootAfterPaint: (html: string) => string;
  bootSources: (html: string) => string[];
};

const chunk = (name: string) => `/_next/static/chunks/${name}.js`;
// The head and body of a cached page as `next build` writes them (next 16.4), shortened.
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  `<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="${chunk('boot')}"/>`,
  `<script src="${chunk('a')}" async=""></script><script src="${chunk('react-dom')}" async=""></script>`,
  `<script src="${chunk('turbopack-x')}" async=""></script>`,
  '<title>HR 1 · Resolution Tracker</title>',
  `<script src="${chunk('polyfills')}" noModule=""></script></head>`,
  '<body><main><h1>HR 1</h1></main>',
  `<script src="${chunk('boot')}" id="_R_" async=""></script>`,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{}"])</script></body></html>',
].join('');

const bootOf = (html: string) => /<script>(\(function\(s\)[\s\S]*?)<\/script><\/body>/.exec(html)?.[1] ?? '';

describe('bootAfterPaint', () => {
  it('takes the head’s framework scripts out and adds a script that requests them, in order, before </body>', () => {
    const out = bootAfterPaint(page);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).not.toMatch(/<script src="[^"]+" async/);
    // Everything else stays where it was: the stylesheet, the preload, the title, the nomodule polyfills.
    expect(head).toContain('rel="stylesheet"');
    expect(head).toContain(`<link rel="preload" as="script" fetchPriority="low" href="${chunk('boot')}"/>`);
    expect(head).toContain(`<script src="${chunk('polyfills')}" noModule=""></script>`);
    // The body's bootstrap chunk and the inline payload are untouched, and the page still ends as it did.
    expect(out).toContain(`<script src="${chunk('boot')}" id="_R_" async=""></script>`);
    expect(out).toContain('<script>self.__next_f.push([1,"0:{}"])</script>');
    expect(out.endsWith('</script></body></html>')).toBe(true);
    expect(bootOf(out)).toContain(JSON.stringify([chunk('a'), chunk('react-dom'), chunk('turbopack-x')]));
    // Only ASCII: the page cache keeps pages all ASCII.
    expect(bootOf(out).match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });

  it('reads back the scripts a rewritten page adds (what the benchmark counts as the page’s JavaScript)', () => {
    expect(bootSources(bootAfterPaint(page))).toEqual([chunk('a'), chunk('react-dom'), chunk('turbopack-x')]);
    expect(bootSources(page)).toEqual([]);
  });

  it('keeps a page without such scripts, or without a body end, as it was, and rewrites a page once', () => {
    const noScripts = page.replace(/<script src="[^"]+" async=""><\/script>(?=.*<\/head>)/g, '');
    expect(bootAfterPaint(noScripts)).toBe(noScripts);
    const shell = page.slice(0, page.indexOf('</body>'));
    expect(bootAfterPaint(shell)).toBe(shell);
    const once = bootAfterPaint(page);
    expect(bootAfterPaint(once)).toBe(once);
  });

  it('does not take a script that only looks like one of Next’s, or one outside the head', () => {
    const other = page.replace(
      `<script src="${chunk('a')}" async="">`,
      '<script src="https://cdn.example/a.js" async="">',
    );
    const out = bootAfterPaint(other);
    expect(out).toContain('<script src="https://cdn.example/a.js" async=""></script>');
    expect(bootOf(out)).not.toContain('cdn.example');
  });
});

type Observer = { callback: (list: unknown, observer: { disconnect: () => void }) => void; disconnected: boolean };

/** Runs the page's boot script against a stand-in document; returns what it appended and handles to drive it. */
function runBoot(options: { visibility?: string; paintTiming?: boolean; observer?: boolean }) {
  const appended: string[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const listeners = new Map<string, () => void>();
  const observers: Observer[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = options.paintTiming === false ? ['navigation'] : ['navigation', 'paint'];
    private entry: Observer;
    constructor(callback: Observer['callback']) {
      this.entry = { callback, disconnected: false };
      observers.push(this.entry);
    }
    observe(init: { type: string; buffered: boolean }) {
      expect(init).toEqual({ type: 'paint', buffered: true });
    }
  }
  const document = {
    visibilityState: options.visibility ?? 'visible',
    createElement: (tag: string) => ({ tag, src: '', async: false }),
    head: {
      appendChild: (el: { tag: string; src: string; async: boolean }) =>
        appended.push(`${el.tag}:${el.src}:${el.async}`),
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
  };
  const self = options.observer === false ? {} : { PerformanceObserver };
  vm.runInNewContext(bootOf(bootAfterPaint(page)), {
    self,
    document,
    setTimeout: (fn: () => void, ms = 0) => timers.push({ fn, ms }),
  });
  const runTimers = (upTo: number) => {
    for (let i = 0; i < timers.length; i++) if (timers[i]!.ms <= upTo) timers.splice(i--, 1)[0]!.fn();
  };
  const paint = (name: string) =>
    observers.forEach((o) =>
      o.callback(
        { getEntriesByName: (n: string) => (n === name ? [{ name }] : []) },
        { disconnect: () => (o.disconnected = true) },
      ),
    );
  return { appended, runTimers, paint, listeners, observers };
}

const expected = [chunk('a'), chunk('react-dom'), chunk('turbopack-x')].map((src) => `script:${src}:true`);

describe('the boot script', () => {
  it('requests nothing before the first contentful paint, then every script, async and in order', () => {
    const boot = runBoot({});
    boot.runTimers(0);
    boot.paint('first-paint');
    boot.runTimers(0);
    expect(boot.appended).toEqual([]);
    boot.paint('first-contentful-paint');
    expect(boot.observers[0]!.disconnected).toBe(true);
    boot.runTimers(0);
    expect(boot.appended).toEqual(expected);
    // Once only: the fallback timer and a later visibility change add nothing more.
    boot.runTimers(3000);
    boot.listeners.get('visibilitychange')!();
    boot.runTimers(0);
    expect(boot.appended).toEqual(expected);
  });

  it('requests the scripts at once in a hidden tab, or where the browser cannot report a paint', () => {
    for (const options of [{ visibility: 'hidden' }, { paintTiming: false }, { observer: false }]) {
      const boot = runBoot(options);
      boot.runTimers(0);
      expect(boot.appended, JSON.stringify(options)).toEqual(expected);
    }
  });

  it('requests them when the tab is hidden before it painted, and after 3 s whatever happens', () => {
    const hidden = runBoot({});
    hidden.listeners.get('visibilitychange')!();
    hidden.runTimers(0);
    expect(hidden.appended).toEqual(expected);

    const late = runBoot({});
    late.runTimers(2999);
    expect(late.appended).toEqual([]);
    late.runTimers(3000);
    late.runTimers(0);
    expect(late.appended).toEqual(expected);
  });
});
