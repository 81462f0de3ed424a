import { expect, test } from '@playwright/test';
import { signInAs, testDb } from './fixtures/auth';
import { createMeasure } from '@/prisma/factories';

// A member's dashboard is served from the page cache while nothing in the database changes (proxy.ts rewrites it to
// /dashboard/views/<signed segment>; docs/decisions/024-member-dashboard.md). These journeys check
// what a member and anyone else would notice: the answer is private, a write by any path shows on the next view,
// and the cached view cannot be asked for directly.

/** The signed segment of the view the page was served from, as Next's payload names it. */
function viewSegment(html: string): string {
  const match = /\\"n\\":\\"view\\",\\"t\\":\\"d\\",\\"k\\":\\"([A-Za-z0-9_.-]+)\\"/.exec(html);
  if (!match) throw new Error('The dashboard was not served from a view segment.');
  return match[1]!;
}

test('the dashboard goes out private, shows a write made outside the app on the next view, and its view path is never served', async ({
  page,
  browser,
}) => {
  const db = testDb();
  const member = await signInAs(page.context(), 'member');
  const measure = await createMeasure(db, { title: `Cached dashboard resolution ${Date.now()}` });
  await db.follow.create({ data: { userId: member.id, measureId: measure.id } });

  const first = await page.goto('/dashboard');
  expect(first?.status()).toBe(200);
  expect(first?.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('cell', { name: measure.title, exact: true })).toBeVisible();
  const segment = viewSegment(await first!.text());

  await test.step('a title changed straight in the database (as a script would, without revalidating anything) shows at once', async () => {
    const renamed = `${measure.title} (renamed)`;
    await db.measure.update({ where: { id: measure.id }, data: { title: renamed } });
    await page.reload();
    await expect(page.getByRole('cell', { name: renamed, exact: true })).toBeVisible();
    // And again on a view reached inside the app, a page of the table sorted another way.
    await page.goto('/dashboard?sort=title');
    await expect(page.getByRole('cell', { name: renamed, exact: true })).toBeVisible();
  });

  await test.step('the view path answers 404 to its own member, to another member and to a visitor', async () => {
    expect((await page.request.get(`/dashboard/views/${segment}`)).status()).toBe(404);
    const other = await browser.newContext();
    await signInAs(other, 'member');
    expect((await other.request.get(`/dashboard/views/${segment}`)).status()).toBe(404);
    await other.close();
    const visitor = await browser.newContext();
    const response = await visitor.request.get(`/dashboard/views/${segment}`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(measure.title);
    await visitor.close();
  });

  await test.step('signed out, /dashboard sends to the sign-in page rather than the cached view', async () => {
    await page.context().clearCookies();
    const response = await page.request.get('/dashboard', { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain('/sign-in');
  });
});
