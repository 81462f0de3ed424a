// Every non-public page and route handler (lib/auth/protected-pages.ts), as anonymous, member, editor and admin:
// the signed-out are sent to sign in, a role below the permission gets the 403 page, the rest get the page.
import { expect, test } from '@playwright/test';
import { signInAs } from '@/e2e/fixtures/auth';
import { can } from '@/lib/auth/permissions';
import { protectedPages, protectedRoutes } from '@/lib/auth/protected-pages';

const who = ['anonymous', 'member', 'editor', 'admin'] as const;

for (const [path, permission] of Object.entries(protectedPages)) {
  for (const role of who) {
    const allowed = role !== 'anonymous' && can(role, permission);
    const expected = role === 'anonymous' ? 'sent to sign in' : allowed ? 'allowed' : 'refused (403)';
    test(`page ${path} (${permission}) as ${role}: ${expected}`, async ({ page, context }) => {
      if (role !== 'anonymous') await signInAs(context, role);
      await page.goto(path);
      if (role === 'anonymous') {
        await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
      } else if (!allowed) {
        await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
        await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
      } else {
        await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveCount(0);
      }
    });
  }
}

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
