// Every page and route handler that is not public, with the permission it needs: the one list the authorization
// matrix (e2e/authorization-matrix.spec.ts) visits as each role. lib/auth/protected-pages.test.ts checks that
// every page under app/(admin) and app/(auth)/account, and every route under app/api, is listed.
// Add a page here when you add it, and its expected outcome per role to the matrix's table; dynamic segments take a sample value that need not exist (the permission check
// comes before the lookup).
import type { Permission } from '@/lib/auth/permissions';

export const protectedPages: Record<string, Permission> = {
  '/account': 'account.manage',
  '/account/searches': 'account.manage',
  '/account/notifications': 'account.manage',
  '/admin': 'history.read',
  '/admin/users': 'user.manage',
  '/admin/measures': 'measure.edit',
  '/admin/measures/new': 'measure.edit',
  '/admin/measures/0': 'measure.edit',
  '/admin/people': 'person.edit',
  '/admin/people/new': 'person.edit',
  '/admin/people/0': 'person.edit',
  '/admin/bodies': 'body.edit',
  '/admin/bodies/new': 'body.edit',
  '/admin/bodies/0': 'body.edit',
  '/admin/audit': 'audit.read',
  '/admin/campaigns': 'campaign.edit',
  '/admin/campaigns/new': 'campaign.edit',
  '/admin/campaigns/0': 'campaign.edit',
  '/admin/districts': 'campaign.edit',
  '/dashboard/campaigns': 'dashboard.view',
  '/dashboard': 'dashboard.view',
  '/dashboard/measures/0': 'dashboard.view',
  '/admin/import': 'import.run',
  '/admin/sources': 'sync.manage',
};

export type ProtectedRoute = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  permission: Permission;
};

/** Non-public route handlers (app/api/**) that take a session. The Auth.js endpoints and /api/revalidate are not here. */
export const protectedRoutes: ProtectedRoute[] = [
  { method: 'GET', path: '/api/follows', permission: 'follow.manage' },
  { method: 'GET', path: '/api/notifications/unread', permission: 'account.manage' },
];

/** Route handlers open to everyone, and why (lib/auth/protected-pages.test.ts: every route is in one list or the other). */
export const publicRoutes: Record<string, string> = {
  '/api/auth/[...nextauth]': 'Auth.js: sign-in callbacks and the session read by the header (Origin checked on POST)',
  '/api/revalidate': 'machine clients with a bearer secret, no session',
  '/api/feeds/measures/[slug]/[format]': 'public RSS/Atom feed of a measure (public data only)',
  '/api/feeds/people/[slug]/[format]': 'public RSS/Atom feed of a person (public data only)',
  '/api/feeds/bodies/[slug]/[format]': 'public RSS/Atom feed of a body (public data only)',
  '/api/feeds/search/[format]': 'public RSS/Atom feed of a search or measures list URL (public data only)',
  '/api/unsubscribe': 'one-click unsubscribe from mail clients: a signed token, no session (RFC 8058)',
  '/api/calendar/bodies/[slug]': 'public iCalendar feed of a body’s meetings (public data only)',
  '/api/calendar/measures/[slug]':
    'public iCalendar feed of the meetings with a measure on the agenda (public data only)',
  '/api/calendar/follows/[token]':
    'a member’s calendar of what they follow, read by calendar apps: a signed token, no session',
  // The public API (lib/api, decision 060): read-only public data; an API key only raises the rate limit.
  '/api/docs': 'the API reference page (public)',
  '/api/docs/assets/[file]': 'the API reference page’s scripts and styles (public files)',
  '/api/v1/openapi.json': 'the API’s OpenAPI document (public)',
  '/api/v1/measures': 'public API: measures (public data only)',
  '/api/v1/measures/[slug]': 'public API: one measure (public data only)',
  '/api/v1/people': 'public API: people (public data only)',
  '/api/v1/people/[slug]': 'public API: one person (public data only)',
  '/api/v1/bodies': 'public API: bodies (public data only)',
  '/api/v1/bodies/[slug]': 'public API: one body (public data only)',
  '/api/v1/jurisdictions': 'public API: jurisdictions (public data only)',
  '/api/v1/actions': 'public API: actions since a time (public data only)',
  '/api/v1/search': 'public API: search (public data only)',
  '/api/v1/campaigns': 'public API: campaigns (public data only)',
  '/api/v1/campaigns/[slug]': 'public API: one campaign and its confirmed members (public data only)',
  '/api/v1/ocd/bills/[slug]': 'public API: a measure as an Open Civic Data bill (public data only)',
  '/api/v1/ocd/people/[slug]': 'public API: a person as an Open Civic Data person (public data only)',
  '/api/v1/ocd/organizations/[slug]': 'public API: a body as an Open Civic Data organization (public data only)',
};

/**
 * The permission a page path needs (proxy.ts), from the list above: the listed path with the most matching segments
 * from the start, literal segments before sample values. A segment of digits in a listed path is the sample value
 * of a dynamic segment and matches any one segment, so /admin/measures/123 takes the /admin/measures/0 entry and
 * /admin/measures/new its own; an unlisted path under a listed one takes its parent's permission. Undefined when
 * no listed path is a prefix (the page itself still checks).
 */
export function permissionForPath(pathname: string): Permission | undefined {
  const segments = pathname.split('/').filter(Boolean);
  let best: { permission: Permission; length: number; literals: number } | undefined;
  for (const [listed, permission] of Object.entries(protectedPages)) {
    const pattern = listed.split('/').filter(Boolean);
    if (pattern.length > segments.length) continue;
    let literals = 0;
    const fits = pattern.every((part, index) => {
      if (part === segments[index]) return ++literals > 0;
      return /^\d+$/.test(part);
    });
    if (!fits) continue;
    if (!best || pattern.length > best.length || (pattern.length === best.length && literals > best.literals)) {
      best = { permission, length: pattern.length, literals };
    }
  }
  return best?.permission;
}
