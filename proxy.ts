import { NextResponse, type NextRequest } from 'next/server';
import { forbiddenHtml, guardDecision } from '@/lib/auth/proxy-guard';
import { permissionForPath } from '@/lib/auth/protected-pages';
import { authEnv } from '@/lib/auth/env';
import { sessionCookieName, viewerForSessionToken } from '@/lib/auth/session-lookup';
import type { Viewer } from '@/lib/auth/viewer';
import { dataVersion } from '@/lib/dashboard/data-version';
import { parseDashboardParams } from '@/lib/dashboard/params';
import {
  dashboardViewSegment,
  MAX_DASHBOARD_SEGMENT_LENGTH,
  rememberShownView,
  SHOWN_VIEWS_COOKIE,
  shownViewSegment,
} from '@/lib/dashboard/view-segment';
import { db } from '@/lib/db';
import {
  formActionRefusal,
  formNamesCacheFunction,
  IMPORT_PATH,
  refuseActionRequest,
  refusalHtml,
  refusePath,
  shouldReadForm,
  type Refusal,
} from '@/lib/http/request-guard';
import { measureViewSegment, parseMeasureListParams } from '@/lib/measures/list-params';
import { exactMeasurePath } from '@/lib/search/exact-redirect';
import { firstValues, readSearchUrl, searchViewPath, type ParsedSearch } from '@/lib/search/view-segment';

/**
 * Fast routing, and the status codes of protected pages. Never the only authorization: every page, action and route
 * checks its own (docs/decisions/005-sessions-and-authorization.md).
 *
 * The measures list and search keep their state in the query string, which Next.js can only render per request. Each
 * view is instead rewritten to a path of its own, /measures/views/<segment> or /search/views/<segment>, which is
 * cached like any public page and revalidated with the lists' tags; equivalent queries share a canonical segment.
 *
 * /admin, /account and /dashboard: with Cache Components a page's prerendered shell goes out with 200 before its own
 * requirePermission runs, so the guard answers first: signed out → 307 to the sign-in page, a role below the
 * permission the path needs (lib/auth/protected-pages.ts) → 403, otherwise the page renders (and checks again). A
 * member's /dashboard is then served from a cached view of their own (dashboardView below).
 */
export async function proxy(request: NextRequest) {
  const { nextUrl } = request;
  // Malformed addresses, cached data functions posted to as actions, and action bodies over their path's limit
  // (lib/http/request-guard.ts): refused before anything reads them.
  const refusal =
    refusePath(nextUrl.pathname) ?? refuseActionRequest(request.method, nextUrl.pathname, request.headers);
  if (refusal) return refuse(request, refusal);
  if (
    shouldReadForm(request.method, request.headers) &&
    formNamesCacheFunction(
      await request
        .clone()
        .formData()
        .catch(() => new FormData()),
    )
  ) {
    return refuse(request, formActionRefusal);
  }
  if (nextUrl.pathname === '/measures' && nextUrl.search) {
    const params = parseMeasureListParams(Object.fromEntries(nextUrl.searchParams));
    const target = nextUrl.clone();
    target.pathname = `/measures/views/${measureViewSegment(params)}`;
    target.search = '';
    return NextResponse.rewrite(target);
  }
  // A search naming exactly one measure by identifier ("hres 240") goes straight to it (lib/search/exact-redirect.ts).
  if (nextUrl.pathname === '/search') {
    const search = readSearchUrl(nextUrl.searchParams); // read once, for both decisions
    const path = await exactMeasurePath(search);
    if (path) return NextResponse.redirect(new URL(path, request.url), 307);
    return searchView(request, search) ?? NextResponse.next();
  }
  // A member's cached dashboard views are reached only by the rewrite below, never asked for by path.
  if (/^\/dashboard\/views(\/|$)/.test(nextUrl.pathname)) return notFound(request);
  // Only listed paths cost a session lookup.
  if (!permissionForPath(nextUrl.pathname)) return NextResponse.next();

  const viewer = await viewerForSessionToken(request.cookies.get(sessionCookieName())?.value);
  const decision = guardDecision(nextUrl.pathname, nextUrl.search, viewer);
  if (decision.kind === 'sign-in') return NextResponse.redirect(new URL(decision.location, request.url), 307);
  if (decision.kind === 'forbidden') {
    return new NextResponse(forbiddenHtml(), {
      status: 403,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' },
    });
  }
  if (nextUrl.pathname === '/dashboard' && viewer) {
    const view = await dashboardView(request, viewer);
    if (view) return view;
  }
  // The path and query the page was asked for, for requirePermission's sign-in link (lib/auth/session.ts).
  const headers = new Headers(request.headers);
  headers.set('x-pathname', nextUrl.pathname + nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

/**
 * An anonymous search is served from its cached view, /search/views/<segment> (lib/search/view-segment.ts). A member's
 * search page offers to save it, and a URL with ignored or cut values explains them: both stay per request.
 */
function searchView(request: NextRequest, search: ParsedSearch): NextResponse | null {
  if (request.cookies.has(sessionCookieName())) return null;
  const path = searchViewPath(search);
  if (!path) return null;
  const target = request.nextUrl.clone();
  target.pathname = path;
  target.search = '';
  return NextResponse.rewrite(target);
}

/**
 * A member's dashboard is served from its cached view, /dashboard/views/<segment>: the segment names the member, the
 * database's version and the view, signed (lib/dashboard/view-segment.ts), so a view is rendered again after any
 * write and otherwise comes from the page cache. A server action posted from a view (mark as seen, columns) runs on
 * the segment last sent for that view (remembered in a cookie), so its answer updates the page in place; the action
 * expires the member's views, so that answer is read again. The answer is private: no shared cache may keep it.
 */
async function dashboardView(request: NextRequest, viewer: Viewer): Promise<NextResponse | null> {
  const { secret, production } = authEnv();
  const params = parseDashboardParams(firstValues(request.nextUrl.searchParams));
  const shown = request.cookies.get(SHOWN_VIEWS_COOKIE)?.value;
  if (request.method === 'POST') {
    const segment = shownViewSegment(secret, shown, viewer.id, params);
    if (segment) return rewriteToView(request, segment);
  }
  const segment = dashboardViewSegment(secret, {
    userId: viewer.id,
    version: await dataVersion(db, viewer.id),
    params,
  });
  if (segment.length > MAX_DASHBOARD_SEGMENT_LENGTH) return null;
  const response = rewriteToView(request, segment);
  response.cookies.set(SHOWN_VIEWS_COOKIE, rememberShownView(shown, segment), {
    path: '/dashboard',
    httpOnly: true,
    sameSite: 'lax',
    secure: production,
  });
  return response;
}

function rewriteToView(request: NextRequest, segment: string): NextResponse {
  const target = request.nextUrl.clone();
  target.pathname = `/dashboard/views/${segment}`;
  target.search = '';
  return NextResponse.rewrite(target, { headers: { 'cache-control': 'private, no-store' } });
}

function refuse(request: NextRequest, refusal: Refusal): NextResponse {
  if (refusal.status === 404) return notFound(request);
  const back =
    request.nextUrl.pathname === IMPORT_PATH ? { href: IMPORT_PATH, label: 'Back to the import form' } : undefined;
  return new NextResponse(refusalHtml(refusal, back), {
    status: refusal.status,
    // The body was not read: the connection cannot be reused for another request.
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store', connection: 'close' },
  });
}

/** The app's 404 page (nothing lives at /dashboard/views itself). */
function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(new URL('/dashboard/views', request.url), { status: 404 });
}

// Public pages never run the proxy, so they stay at static speed: /measures only when its query names a list
// parameter (any other query, e.g. ?utm_source=, is the default view, which is the static /measures page).
// Matchers must be literals (Next.js reads them at build time).
export const config = {
  matcher: [
    { source: '/measures', has: [{ type: 'query', key: 'body' }] },
    { source: '/measures', has: [{ type: 'query', key: 'sponsor' }] },
    { source: '/measures', has: [{ type: 'query', key: 'cosponsor' }] },
    { source: '/measures', has: [{ type: 'query', key: 'addressee' }] },
    { source: '/measures', has: [{ type: 'query', key: 'type' }] },
    { source: '/measures', has: [{ type: 'query', key: 'stage' }] },
    { source: '/measures', has: [{ type: 'query', key: 'outcome' }] },
    { source: '/measures', has: [{ type: 'query', key: 'sort' }] },
    { source: '/measures', has: [{ type: 'query', key: 'dir' }] },
    { source: '/measures', has: [{ type: 'query', key: 'page' }] },
    { source: '/search', has: [{ type: 'query', key: 'q' }] },
    '/admin/:path*',
    '/account/:path*',
    '/dashboard/:path*',
    // Requests with a body to pages (server actions, forms): their size and, for JavaScript calls, which function
    // they name. GETs have neither header, so public pages still never run the proxy.
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/((?!api/|_next/).*)', has: [{ type: 'header', key: 'transfer-encoding' }] },
    // Addresses with a %-escape, which may not decode or may decode to a NUL byte (the raw path is matched too).
    '/(.*%.*)',
  ],
};
