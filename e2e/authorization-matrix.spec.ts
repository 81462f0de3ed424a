// Every non-public page and route handler (lib/auth/protected-pages.ts), as anonymous, member, editor and admin:
// the signed-out get a 307 to sign in, a role below the permission a 403 page, the rest the page (200). The statuses
// come from proxy.ts (lib/auth/proxy-guard.ts); the pages check again.
import { expect, test } from '@playwright/test';
import { formatViolations, scanForViolations } from '@/e2e/fixtures/axe';
import { signInAs, testDb } from '@/e2e/fixtures/auth';
import { can } from '@/lib/auth/permissions';
import { protectedPages, protectedRoutes } from '@/lib/auth/protected-pages';

const who = ['anonymous', 'member', 'editor', 'admin'] as const;

for (const [path, permission] of Object.entries(protectedPages)) {
  for (const role of who) {
    const allowed = role !== 'anonymous' && can(role, permission);
    const expected = role === 'anonymous' ? '307 to sign in' : allowed ? '200' : '403';
    test(`page ${path} (${permission}) as ${role}: ${expected}`, async ({ page, context }) => {
      if (role !== 'anonymous') await signInAs(context, role);
      // The real status, from proxy.ts: a page's own check comes after its 200 shell has been sent.
      const direct = await page.request.get(path, { maxRedirects: 0 });
      if (role === 'anonymous') {
        expect(direct.status()).toBe(307);
        expect(direct.headers()['location']).toMatch(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path)}$`));
      } else {
        expect(direct.status()).toBe(allowed ? 200 : 403);
      }

      const response = await page.goto(path);
      if (role === 'anonymous') {
        expect(response?.status()).toBe(200);
        await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      } else if (!allowed) {
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
        await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
      } else {
        expect(response?.status()).toBe(200);
        await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveCount(0);
      }
    });
  }
}

test('the 403 answered before the page renders passes axe and links home', async ({ page, context }) => {
  await signInAs(context, 'member');
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  const violations = await scanForViolations(page);
  expect(violations.map((violation) => violation.id), formatViolations(violations)).toEqual([]);
});

test('the sign-in redirect keeps the query, and a deactivated account counts as signed out', async ({ page, context }) => {
  const user = await signInAs(context, 'admin');
  expect((await page.request.get('/admin/measures/123?tab=history', { maxRedirects: 0 })).status()).toBe(200);
  await testDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
  const refused = await page.request.get('/admin/measures/123?tab=history', { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers()['location']).toMatch(/\/sign-in\?callbackUrl=%2Fadmin%2Fmeasures%2F123%3Ftab%3Dhistory$/);
});

for (const route of protectedRoutes) {
  for (const role of who) {
    const allowed = role !== 'anonymous' && can(role, route.permission);
    test(`route ${route.method} ${route.path} (${route.permission}) as ${role}: ${allowed ? 'allowed' : 'refused'}`, async ({ context, baseURL }) => {
      if (role !== 'anonymous') await signInAs(context, role);
      const response = await context.request.fetch(route.path, { method: route.method, headers: { origin: baseURL ?? '' } });
      if (role === 'anonymous') expect(response.status()).toBe(401);
      else if (!allowed) expect(response.status()).toBe(403);
      else expect([401, 403]).not.toContain(response.status());
    });
  }
}

test('Auth.js POST endpoints refuse a cross-site Origin', async ({ request }) => {
  const response = await request.post('/api/auth/signout', { headers: { origin: 'https://evil.example' }, form: { csrfToken: 'x' } });
  expect(response.status()).toBe(403);
});
