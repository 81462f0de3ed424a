// Alerts as a member meets them: a change to a followed measure appears in the header count and on the
// notifications page (worked by the worker inside `next start`), is marked read, email is switched off there or by
// the one-click unsubscribe link; feeds are served, parsed and linked from the page.
import { expect, test } from '@playwright/test';
import { formatViolations, scanForViolations } from '@/e2e/fixtures/axe';
import { signInAs, testDb } from '@/e2e/fixtures/auth';
import { recordChange } from '@/lib/changes/record-change';
import { createUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { parseFeed } from '@/lib/feeds/parse-feed.test-helper';

async function anyMeasure() {
  return testDb().measure.findFirstOrThrow({ orderBy: { id: 'asc' }, select: { id: true, slug: true, title: true } });
}

test('a change to a followed measure becomes an unread notification, marked read on the notifications page', async ({
  page,
  context,
}) => {
  const member = await signInAs(context, 'member');
  const measure = await anyMeasure();
  await testDb().follow.create({ data: { userId: member.id, measureId: measure.id } });
  // Email off: this journey is about the app (the SMTP port belongs to the auth journey).
  await testDb().notificationPreference.create({ data: { userId: member.id, email: 'off' } });
  const text = `E2E alert ${Date.now()}`;
  await recordChange(testDb(), {
    actorLabel: 'e2e',
    entityType: 'action',
    entityId: 0,
    operation: 'create',
    measureId: measure.id,
    after: { text },
  });

  await expect
    .poll(async () => await testDb().notification.count({ where: { userId: member.id } }), { timeout: 20_000 })
    .toBe(1);
  await page.goto('/about');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications 1 unread' }),
  ).toBeVisible();

  await page.goto('/account/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Notifications' });
  await expect(list.getByRole('link', { name: new RegExp(`Action added: ${text}`) })).toHaveAttribute(
    'href',
    `/measures/${measure.slug}`,
  );
  await expect(page.getByText('1 unread notification.')).toBeVisible();
  expect(formatViolations(await scanForViolations(page))).toBe('');

  await list.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('0 unread notifications.')).toBeVisible();
  await expect(list.getByRole('button', { name: 'Mark as read' })).toHaveCount(0);
});

test('the email preference is saved on the notifications page', async ({ page, context }) => {
  const member = await signInAs(context, 'member');
  await page.goto('/account/notifications');
  const form = page.getByRole('form', { name: 'Email preference' });
  await form.getByLabel('No email (notifications stay on this page)').check();
  await form.getByRole('button', { name: 'Save email preference' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved: no email; notifications stay here.');
  expect((await testDb().notificationPreference.findUniqueOrThrow({ where: { userId: member.id } })).email).toBe('off');
});

test('the unsubscribe link confirms before it unsubscribes; one-click POST works without a session', async ({
  page,
  context,
  request,
}) => {
  const member = await signInAs(context, 'member');
  const token = createUnsubscribeToken(process.env.AUTH_SECRET!, member.id);
  await context.clearCookies();

  await page.goto(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(page).toHaveURL(/\/unsubscribe\?token=/);
  expect(await testDb().notificationPreference.count({ where: { userId: member.id } })).toBe(0); // a GET changes nothing
  expect(formatViolations(await scanForViolations(page))).toBe('');
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('status')).toContainText('you will get no more alert emails');
  expect((await testDb().notificationPreference.findUniqueOrThrow({ where: { userId: member.id } })).email).toBe('off');

  await testDb().notificationPreference.update({ where: { userId: member.id }, data: { email: 'immediate' } });
  const oneClick = await request.post(`/api/unsubscribe?token=${encodeURIComponent(token)}`, {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(oneClick.status()).toBe(200);
  expect((await testDb().notificationPreference.findUniqueOrThrow({ where: { userId: member.id } })).email).toBe('off');

  const forged = await request.post(`/api/unsubscribe?token=${encodeURIComponent(token.slice(0, -2))}xx`, {
    form: { 'List-Unsubscribe': 'One-Click' },
  });
  expect(forged.status()).toBe(400);
  expect(await forged.text()).toContain('not valid');
});

test('a measure’s feeds are served, valid, and linked from its page', async ({ page, request }) => {
  const measure = await anyMeasure();
  await page.goto(`/measures/${measure.slug}`);
  for (const [format, type] of [
    ['rss', 'application/rss+xml'],
    ['atom', 'application/atom+xml'],
  ] as const) {
    const href = `/api/feeds/measures/${measure.slug}/${format}`;
    await expect(page.locator(`link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', new RegExp(`${href}$`));
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    const { meta } = await parseFeed(await response.text());
    expect(meta['#type']).toBe(format);
    expect(meta.link).toMatch(new RegExp(`/measures/${measure.slug}$`));
  }
  expect((await request.get(`/api/feeds/measures/${measure.slug}/json`)).status()).toBe(404);
  expect((await request.get('/api/feeds/measures/no-such-measure/rss')).status()).toBe(404);
});

test('a search’s feed is linked from the search page and lists what the search finds', async ({ page, request }) => {
  await page.goto('/search?q=prisoners+of+war');
  const link = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(link).toHaveAttribute('href', /\/api\/feeds\/search\/rss\?q=prisoners\+of\+war&sort=newest$/);
  // The link is absolute on SITE_URL; the test server may answer elsewhere, so fetch its path here.
  const href = new URL((await link.getAttribute('href'))!);
  const response = await request.get(`${href.pathname}${href.search}`);
  expect(response.status()).toBe(200);
  const { meta, items } = await parseFeed(await response.text());
  expect(meta.title).toBe('Resolution Tracker: “prisoners of war”');
  expect(items.map((item) => item.title)).toEqual(expect.arrayContaining([expect.stringContaining('H.Res. 240')]));
});

test('a webhook to a loopback address is refused beside the field, with what was typed kept', async ({
  page,
  context,
}) => {
  await signInAs(context, 'member');
  await page.goto('/account/notifications');
  const form = page.getByRole('form', { name: 'Add a webhook' });
  const field = form.getByLabel('Webhook address');
  await field.fill('https://127.0.0.1/hook');
  await form.getByRole('button', { name: 'Add webhook' }).click();
  await expect(form.getByRole('alert')).toContainText('The webhook was not added.');
  await expect(form.getByText(/127\.0\.0\.1: private, loopback and link-local addresses are refused/)).toBeVisible();
  await expect(field).toHaveValue('https://127.0.0.1/hook');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});
