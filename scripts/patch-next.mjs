// Two pieces of work Next.js 16.4's production server repeats on every request for a dynamic route, whose answer
// never changes while the server runs, done once instead (docs/decisions/078-next-per-request-route-work.md). Run by
// `postinstall`, after every `npm ci` or `npm install`; safe to run again.
//
// 1. The router tries the app's dynamic routes in order, a regular expression each, until one matches the path
//    (`checkTrue` in resolve-routes.js): 25 of the 40 before /campaigns/[slug]. Which route matches depends on the
//    path alone, so each path's answer is kept (production only, short paths, at most MEMO_ENTRIES of them).
// 2. The page runtime builds the route's parameter regex and matcher again for every request (`getServerUtils`,
//    inlined in the compiled runtime's `prepare`). They depend on the route alone, so they are kept per route.
//
// Each patch replaces text it finds exactly. If Next.js changes (an upgrade), the text is not found and this script
// fails, naming the file: check whether the new version still does the work (then adapt the patch) or not (then
// remove it), and update decision 078.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Written into each patched file; a file holding it is left as it is. */
export const MARKER = '/* resolution-tracker: docs/decisions/078-next-per-request-route-work.md */';

/** At most this many paths' answers are kept; past it the memo starts again (a crawler's paths cannot grow it). */
export const MEMO_ENTRIES = 5000;
/** Longer paths are matched as Next.js does, every time. */
export const MEMO_MAX_PATH = 512;

/**
 * Given the router's dynamic routes and a path, the routes its loop needs to try: from the first that matches the path
 * to the end. The routes before it do not match, so the loop's outcome is the same as over the whole list, whatever it
 * does after a match (invoked outputs, fallbacks). Matching is a regular expression and decoding, a function of the
 * path alone; a route that throws on a malformed escape throws here as it would in the loop.
 */
export const DYNAMIC_ROUTES_FROM = `${MARKER}
const __rtRouteMemos = new WeakMap();
function __rtDynamicRoutesFrom(dynamicRoutes, pathname, dev) {
    if (dev || typeof pathname !== 'string' || pathname.length > ${MEMO_MAX_PATH}) return dynamicRoutes;
    let memo = __rtRouteMemos.get(dynamicRoutes);
    if (memo === undefined) {
        memo = { paths: new Map(), tails: new Map() };
        __rtRouteMemos.set(dynamicRoutes, memo);
    }
    let tail = memo.paths.get(pathname);
    if (tail === undefined) {
        const first = dynamicRoutes.findIndex((route) => route.match(pathname));
        tail = memo.tails.get(first);
        if (tail === undefined) {
            tail = first === -1 ? [] : dynamicRoutes.slice(first);
            memo.tails.set(first, tail);
        }
        if (memo.paths.size >= ${MEMO_ENTRIES}) memo.paths.clear();
        memo.paths.set(pathname, tail);
    }
    return tail;
}
`;

/** The page runtime's per-route utilities, made once per route (the compiled runtime's module scope). */
const SERVER_UTILS_OF = `${MARKER}var __rtServerUtilsOf=(()=>{const byPage=new Map;return(page,make)=>{let utils=byPage.get(page);if(utils===void 0){utils=make();byPage.set(page,utils)}return utils}})();
`;

export const PATCHES = [
  {
    name: 'dynamic route matches kept per path',
    file: 'next/dist/server/lib/router-utils/resolve-routes.js',
    apply(source) {
      const head = '"use strict";\n';
      const loop = '            for (const route of dynamicRoutes){';
      requireOnce(source, head, this);
      requireOnce(source, loop, this);
      return source
        .replace(head, head + DYNAMIC_ROUTES_FROM)
        .replace(
          loop,
          '            for (const route of __rtDynamicRoutesFrom(dynamicRoutes, localeResult.pathname, opts.dev)){',
        );
    },
  },
  {
    name: "a route's server utilities made once",
    file: 'next/dist/compiled/next-server/app-page-turbo.runtime.prod.js',
    apply(source) {
      const start = 'A=function({page:e,i18n:t,basePath:r,rewrites:n,pageIsDynamic:i,trailingSlash:s,caseSensitive:o})';
      // The call's arguments, around its trailing-slash setting (read from the environment).
      const call = '}({page:E,i18n:y,basePath:g,rewrites:v,pageIsDynamic:C,trailingSlash:';
      const close = ',caseSensitive:!!h.caseSensitive})';
      requireOnce(source, start, this);
      const from = source.indexOf(start);
      const callAt = source.indexOf(call, from);
      const closeAt = callAt === -1 ? -1 : source.indexOf(close, callAt);
      if (closeAt === -1 || closeAt - callAt > call.length + 60) throw notFound(this);
      const to = closeAt + close.length;
      return `${SERVER_UTILS_OF}${source.slice(0, from)}A=__rtServerUtilsOf(E,()=>${source.slice(from + 'A='.length, to)})${source.slice(to)}`;
    },
  },
];

function requireOnce(source, text, patch) {
  const first = source.indexOf(text);
  if (first === -1 || source.indexOf(text, first + 1) !== -1) throw notFound(patch);
}

function notFound(patch) {
  return new Error(
    `patch-next: "${patch.name}" no longer applies to ${patch.file}: this Next.js is not the one the patch was ` +
      'written for. See docs/decisions/078-next-per-request-route-work.md: adapt the patch or remove it.',
  );
}

/** The patched text of one file, or the same text when it is patched already. */
export function patchSource(patch, source) {
  return source.includes(MARKER) ? source : patch.apply(source);
}

/** Patches the installed Next.js; returns what it did for each file. */
export function patchNext(resolve = createRequire(import.meta.url).resolve) {
  return PATCHES.map((patch) => {
    const path = resolve(patch.file);
    const source = readFileSync(path, 'utf8');
    const patched = patchSource(patch, source);
    if (patched === source) return { file: patch.file, status: 'already patched' };
    writeFileSync(path, patched);
    return { file: patch.file, status: 'patched' };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    for (const { file, status } of patchNext()) console.log(`patch-next: ${file}: ${status}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
