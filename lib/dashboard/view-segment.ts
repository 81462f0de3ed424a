// A member's dashboard view as one signed path segment, so that a view unchanged since it was last rendered is served
// from the page cache: proxy.ts, having checked the session, rewrites /dashboard?... to /dashboard/views/<segment>
// (docs/decisions/024-member-dashboard.md). The segment names the member, the database's version
// (lib/dashboard/data-version.ts) and the view's canonical query, and carries an HMAC of them under a key derived
// from AUTH_SECRET: the page renders only what the proxy signed, and the proxy never lets a request reach that path
// directly.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { dashboardQuery, parseDashboardParams, type DashboardParams } from './params';

/** Longer segments (a long text filter) are not served as views: proxy.ts leaves them to the per-request page. */
export const MAX_DASHBOARD_SEGMENT_LENGTH = 400;

const SEGMENT = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/;

export type DashboardView = { userId: string; version: string; params: DashboardParams };

function signature(secret: string, payload: string): Buffer {
  const key = createHmac('sha256', secret).update('dashboard-view').digest();
  return createHmac('sha256', key).update(payload).digest().subarray(0, 16);
}

/** The segment of a view: base64url of "<user id> <version> <canonical query>", a dot, and its signature. */
export function dashboardViewSegment(secret: string, view: DashboardView): string {
  const payload = Buffer.from(
    `${view.userId} ${view.version} ${dashboardQuery(view.params).toString()}`,
    'utf8',
  ).toString('base64url');
  return `${payload}.${signature(secret, payload).toString('base64url')}`;
}

/** The view a segment stands for, or null for anything this server did not sign. */
export function readDashboardViewSegment(secret: string, segment: string): DashboardView | null {
  const match = segment.length <= MAX_DASHBOARD_SEGMENT_LENGTH ? SEGMENT.exec(segment) : null;
  if (!match) return null;
  const [, payload, given] = match as unknown as [string, string, string];
  const expected = signature(secret, payload);
  const actual = Buffer.from(given, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const [userId, version, query, ...rest] = Buffer.from(payload, 'base64url').toString('utf8').split(' ');
  if (!userId || !version || query === undefined || rest.length > 0) return null;
  const params = parseDashboardParams(Object.fromEntries(new URLSearchParams(query)));
  return { userId, version, params };
}

/**
 * The cookie that remembers which view segment the member's browser was last sent for each view of the dashboard
 * (proxy.ts). A server action posted from a view must answer on that same segment: a new one would mount a new page,
 * and the form would lose its confirmation and the focus. Next keeps its router state, which names the segment,
 * from the proxy, so the proxy remembers it here.
 */
export const SHOWN_VIEWS_COOKIE = 'rt-dashboard-views';
const SHOWN_VIEWS_KEPT = 8;

/** The canonical query a segment was made for, read without checking its signature (only to tell views apart). */
function segmentQuery(segment: string): string | null {
  const payload = SEGMENT.exec(segment)?.[1];
  return payload ? (Buffer.from(payload, 'base64url').toString('utf8').split(' ')[2] ?? null) : null;
}

/** The cookie's value once `segment` was sent: it replaces the segment of the same view, and the oldest go first. */
export function rememberShownView(cookie: string | undefined, segment: string): string {
  const query = segmentQuery(segment);
  const others = (cookie ?? '')
    .split('~')
    .filter((kept) => kept && segmentQuery(kept) !== null && segmentQuery(kept) !== query);
  return [...others.slice(-(SHOWN_VIEWS_KEPT - 1)), segment].join('~');
}

/** The segment last sent to this member for this view, if this server signed it; else null. */
export function shownViewSegment(
  secret: string,
  cookie: string | undefined,
  userId: string,
  params: DashboardParams,
): string | null {
  const query = dashboardQuery(params).toString();
  for (const segment of (cookie ?? '').split('~').reverse()) {
    const view = readDashboardViewSegment(secret, segment);
    if (view && view.userId === userId && dashboardQuery(view.params).toString() === query) return segment;
  }
  return null;
}
