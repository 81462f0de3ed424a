// Every non-public page and route handler (lib/auth/protected-pages.ts), as anonymous, member, editor and admin,
// against a table written out by hand below: the permission each needs and what each role gets are literals here,
// never computed with the app's can(), so a page listed with the wrong permission (or a wrong role in the map) fails.
// The signed-out get a 307 to sign in, a role below the permission a 403 page, the rest the page (200). The statuses
// come from proxy.ts (lib/auth/proxy-guard.ts); the pages check again. A page or route added to protected-pages.ts
// without a row here fails the completeness test.
import { expect, test } from '@playwright/test';
import { formatViolations, scanForViolations } from '@/e2e/fixtures/axe';
import { signInAs, testDb } from '@/e2e/fixtures/auth';
import type { Permission } from '@/lib/auth/permissions';
import { protectedPages, protectedRoutes } from '@/lib/auth/protected-pages';

const who = ['anonymous', 'member', 'editor', 'admin'] as const;
type Role = (typeof who)[number];
/** Whether each signed-in role may open it; the signed-out never may. */
type Row = readonly [permission: Permission, member: boolean, editor: boolean, admin: boolean];

const expectedPages: Record<string, Row> = {
  '/account': ['account.manage', true, true, true],
  '/account/searches': ['account.manage', true, true, true],
  '/account/notifications': ['account.manage', true, true, true],
  '/dashboard': ['dashboard.view', true, true, true],
  '/dashboard/measures/0': ['dashboard.view', true, true, true],
  '/admin': ['history.read', false, true, true],
  '/admin/measures': ['measure.edit', false, true, true],
  '/admin/measures/new': ['measure.edit', false, true, true],
  '/admin/measures/0': ['measure.edit', false, true, true],
  '/admin/people': ['person.edit', false, true, true],
  '/admin/people/new': ['person.edit', false, true, true],
  '/admin/people/0': ['person.edit', false, true, true],
  '/admin/bodies': ['body.edit', false, true, true],
  '/admin/bodies/new': ['body.edit', false, true, true],
  '/admin/bodies/0': ['body.edit', false, true, true],
  '/admin/import': ['import.run', false, true, true],
  '/admin/campaigns': ['campaign.edit', false, true, true],
  '/admin/campaigns/new': ['campaign.edit', false, true, true],
  '/admin/campaigns/0': ['campaign.edit', false, true, true],
  '/admin/districts': ['campaign.edit', false, true, true],
  '/dashboard/campaigns': ['dashboard.view', true, true, true],
  '/admin/audit': ['audit.read', false, false, true],
  '/admin/users': ['user.manage', false, false, true],
  '/admin/sources': ['sync.manage', false, false, true],
};

const expectedRoutes: Record<string, Row> = {
  'GET /api/follows': ['follow.manage', true, true, true],
  'GET /api/notifications/unread': ['account.manage', true, true, true],
};

function allowedFor(row: Row, role: Role): boolean {
  return role === 'anonymous' ? false : row[who.indexOf(role)] === true;
}

test('every protected page and route has a pinned row, and every pinned row a page or route', () => {
  expect(Object.keys(protectedPages).sort()).toEqual(Object.keys(expectedPages).sort());
  for (const [path, permission] of Object.entries(protectedPages))
    expect(permission, path).toBe(expectedPages[path]?.[0]);
  const routes = Object.fromEntries(
    protectedRoutes.map((route) => [`${route.method} ${route.path}`, route.permission]),
  );
  expect(Object.keys(routes).sort()).toEqual(Object.keys(expectedRoutes).sort());
  for (const [route, permission] of Object.entries(routes)) expect(permission, route).toBe(expectedRoutes[route]?.[0]);
});

/** The text of the page's first level-one heading in its server-rendered HTML. */
function headingOf(html: string): string | null {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return match ? match[1]!.replace(/<[^>]+>/g, '').trim() : null;
}

// One test per page, its four roles in turn, each in a fresh browser context (its own cookies) asking over HTTP: the
// statuses and the page each gets. The browser renders the 403 page and the sign-in redirect in the tests below, and
// every allowed page in its own journey; here it would only repeat them 96 times.
for (const [path, row] of Object.entries(expectedPages)) {
  const permission = row[0];
  const outcomes = who.map((role) =>
    role === 'anonymous' ? '307 to sign in' : allowedFor(row, role) ? `${role} 200` : `${role} 403`,
  );
  test(`page ${path} (${permission}): ${outcomes.join(', ')}`, async ({ browser }) => {
    for (const role of who) {
      const allowed = allowedFor(row, role);
      const context = await browser.newContext();
      try {
        if (role !== 'anonymous') await signInAs(context, role);
        // The real status, from proxy.ts: a page's own check comes after its 200 shell has been sent.
        const direct = await context.request.get(path, { maxRedirects: 0 });
        if (role === 'anonymous') {
          expect(direct.status(), role).toBe(307);
          expect(direct.headers()['location'], role).toMatch(
            new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`),
          );
          const followed = await context.request.get(path);
          expect(followed.status(), role).toBe(200);
          expect(new URL(followed.url()).pathname, role).toBe('/sign-in');
          expect(headingOf(await followed.text()), role).toBe('Sign in');
        } else if (!allowed) {
          expect(direct.status(), role).toBe(403);
          const html = await direct.text();
          expect(headingOf(html), role).toBe('Not allowed');
          expect(html, role).toMatch(/<meta name="robots" content="noindex/);
        } else {
          expect(direct.status(), role).toBe(200);
          let heading = headingOf(await direct.text());
          if (heading === null) {
            // A page whose record does not exist (/admin/measures/0) renders its not-found heading in the browser,
            // after the shell: look there.
            const page = await context.newPage();
            await page.goto(path);
            await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
            heading = await page.getByRole('heading', { level: 1 }).textContent();
          }
          expect(heading, role).toBeTruthy();
          expect(['Not allowed', 'Sign in'], role).not.toContain(heading);
        }
      } finally {
        await context.close();
      }
    }
  });
}

test('the 403 answered before the page renders passes axe and links home', async ({ page, context }) => {
  await signInAs(context, 'member');
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  const violations = await scanForViolations(page);
  expect(
    violations.map((violation) => violation.id),
    formatViolations(violations),
  ).toEqual([]);
});

test('the sign-in redirect keeps the query, and a deactivated account counts as signed out', async ({
  page,
  context,
}) => {
  const user = await signInAs(context, 'admin');
  expect((await page.request.get('/admin/measures/123?tab=history', { maxRedirects: 0 })).status()).toBe(200);
  await testDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
  const refused = await page.request.get('/admin/measures/123?tab=history', { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()['location']).toMatch(/\/sign-in\?callbackUrl=%2Fadmin%2Fmeasures%2F123%3Ftab%3Dhistory$/);
});

for (const [route, row] of Object.entries(expectedRoutes)) {
  const [method, path] = route.split(' ') as [string, string];
  for (const role of who) {
    const allowed = allowedFor(row, role);
    test(`route ${route} (${row[0]}) as ${role}: ${allowed ? 'allowed' : 'refused'}`, async ({ context, baseURL }) => {
      if (role !== 'anonymous') await signInAs(context, role);
      const response = await context.request.fetch(path, { method, headers: { origin: baseURL ?? '' } });
      if (role === 'anonymous') expect(response.status()).toBe(401);
      else if (!allowed) expect(response.status()).toBe(403);
      else expect([401, 403]).not.toContain(response.status());
    });
  }
}

test('Auth.js POST endpoints refuse a cross-site Origin', async ({ request }) => {
  const response = await request.post('/api/auth/signout', {
    headers: { origin: 'https://evil.example' },
    form: { csrfToken: 'x' },
  });
  expect(response.status()).toBe(403);
});
