import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  DYNAMIC_ROUTES_FROM,
  MARKER,
  MEMO_ENTRIES,
  MEMO_MAX_PATH,
  PATCHES,
  patchNext,
  patchSource,
} from './patch-next.mjs';

type Route = { page: string; match: (pathname: string) => false | Record<string, string> };
type RoutesFrom = (routes: Route[], pathname: string, dev: boolean) => Route[];

/** The function the router patch inserts, compiled from the same source, with a count of regex matches. */
function routesFrom(): RoutesFrom {
  return new Function(`${DYNAMIC_ROUTES_FROM}\nreturn __rtDynamicRoutesFrom;`)() as RoutesFrom;
}

let matches = 0;
function route(page: string): Route {
  const pattern = new RegExp(`^${page.replace(/\[[^\]/]+\]/g, '([^/]+)')}$`);
  return {
    page,
    match(pathname) {
      matches += 1;
      const found = pattern.exec(pathname);
      if (!found) return false;
      return { value: decodeURIComponent(found[1] ?? '') };
    },
  };
}

// In the order Next.js tries them; a path can match more than one (any one-segment path matches the last).
const routes = [
  route('/api/v1/measures/[slug]'),
  route('/campaigns/[slug]/gap'),
  route('/campaigns/[slug]'),
  route('/measures/[slug]'),
  route('/people/[slug]'),
  route('/[rest]'),
];

/** The router's loop, as Next.js 16.4 writes it: the first route that matches and is not an invoked output. */
function firstMatch(list: Route[], pathname: string, invoked: Set<string> = new Set()) {
  for (const candidate of list) {
    if (invoked.has(candidate.page)) continue;
    if (candidate.match(pathname)) return candidate.page;
  }
  return null;
}

describe('the dynamic route memo (router patch)', () => {
  it('gives the loop the same route as the whole list, for every path, invoked outputs included', () => {
    const from = routesFrom();
    const paths = [
      '/campaigns/free-the-armenian-prisoners-of-war',
      '/campaigns/free-the-armenian-prisoners-of-war/gap',
      '/measures/us-117-hres-240',
      '/people/paul-krekorian',
      '/anything',
      '/a/b/c',
    ];
    for (const pathname of paths) {
      for (const invoked of [new Set<string>(), new Set([firstMatch(routes, pathname) ?? ''])]) {
        // Twice: the first call fills the memo, the second reads it.
        expect(firstMatch(from(routes, pathname, false), pathname, invoked)).toBe(
          firstMatch(routes, pathname, invoked),
        );
        expect(firstMatch(from(routes, pathname, false), pathname, invoked)).toBe(
          firstMatch(routes, pathname, invoked),
        );
      }
    }
  });

  it("matches a path's routes once, then reads the answer", () => {
    const from = routesFrom();
    matches = 0;
    from(routes, '/people/paul-krekorian', false);
    const first = matches;
    expect(first).toBe(5); // the four routes before /people/[slug], and it
    matches = 0;
    expect(from(routes, '/people/paul-krekorian', false).map((r) => r.page)).toEqual(['/people/[slug]', '/[rest]']);
    expect(matches).toBe(0);
  });

  it('answers a path no route matches with no routes', () => {
    expect(routesFrom()(routes, '/a/b/c', false)).toEqual([]);
  });

  it('keeps nothing in development, where routes come and go, or for long paths', () => {
    const from = routesFrom();
    expect(from(routes, '/measures/x', true)).toBe(routes);
    expect(from(routes, `/measures/${'x'.repeat(MEMO_MAX_PATH)}`, false)).toBe(routes);
  });

  it('throws for a malformed escape as the loop would, and keeps no answer for it', () => {
    const from = routesFrom();
    expect(() => from(routes, '/measures/%E0%A4%A', false)).toThrow(URIError);
    expect(() => from(routes, '/measures/%E0%A4%A', false)).toThrow(URIError);
  });

  it(`keeps at most ${MEMO_ENTRIES} paths: a crawler's made-up paths cannot grow it`, () => {
    const from = routesFrom();
    for (let i = 0; i < MEMO_ENTRIES; i++) from(routes, `/measures/m-${i}`, false);
    matches = 0;
    from(routes, '/measures/m-0', false);
    expect(matches).toBe(0); // still kept
    from(routes, '/measures/one-more', false); // the memo starts again
    matches = 0;
    from(routes, '/measures/m-0', false);
    expect(matches).toBe(4);
  });
});

describe('patchSource', () => {
  const router = PATCHES[0]!;
  const runtime = PATCHES[1]!;
  const routerSource = [
    '"use strict";',
    'function checkTrue() {',
    '            for (const route of dynamicRoutes){',
    '            }',
    '}',
  ].join('\n');

  it('rewrites the router loop to try only the routes from the first match, once', () => {
    const patched = patchSource(router, routerSource);
    expect(patched).toContain(MARKER);
    expect(patched).toContain(
      'for (const route of __rtDynamicRoutesFrom(dynamicRoutes, localeResult.pathname, opts.dev)){',
    );
    expect(patchSource(router, patched)).toBe(patched);
  });

  it("makes the runtime build a route's utilities once per route", () => {
    const source =
      'x;let E=f(r),A=function({page:e,i18n:t,basePath:r,rewrites:n,pageIsDynamic:i,trailingSlash:s,caseSensitive:o}){return{page:e}}({page:E,i18n:y,basePath:g,rewrites:v,pageIsDynamic:C,trailingSlash:!1,caseSensitive:!!h.caseSensitive}),j=1;';
    const patched = patchSource(runtime, source);
    expect(patched).toContain('A=__rtServerUtilsOf(E,()=>function({page:e');
    expect(patched).toContain('caseSensitive:!!h.caseSensitive})),j=1;');
    // The patched code runs: one object per route, made once.
    const run = new Function(
      'f',
      'r',
      'y',
      'g',
      'v',
      'C',
      'h',
      `${patched.replace('x;let ', 'let ').replace(',j=1;', ';')}\nreturn A;`,
    );
    const h = { caseSensitive: false };
    const first = run((p: string) => p, '/measures/[slug]', undefined, '', [], true, h);
    expect(first).toEqual({ page: '/measures/[slug]' });
    expect(patchSource(runtime, patched)).toBe(patched);
  });

  it('refuses text it was not written for, naming the file and the decision', () => {
    expect(() => patchSource(router, '"use strict";\nfor (const route of routes){')).toThrow(
      /resolve-routes\.js.*078-next-per-request-route-work/,
    );
    expect(() => patchSource(runtime, 'A=function(){}()')).toThrow(/app-page-turbo\.runtime\.prod\.js/);
  });
});

describe('the installed Next.js', () => {
  it('is patched by npm install (postinstall), and a second run changes nothing', () => {
    const require = createRequire(import.meta.url);
    for (const patch of PATCHES) {
      expect(readFileSync(require.resolve(patch.file), 'utf8')).toContain(MARKER);
    }
    expect(patchNext().map((result) => result.status)).toEqual(['already patched', 'already patched']);
  });
});
