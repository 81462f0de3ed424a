// The public API in the production build: the reference page renders the generated document under the site's CSP
// and passes axe; /data passes axe; a member creates an API key on the account page (shown once), uses it, and
// revokes it.
import { expect, test } from '@playwright/test';
import { createMeasure, createPerson } from '@/prisma/factories';
import { signInAs, testDb } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';
import { MEASURE_SLUGS } from './fixtures/public-pages';

test('/api/docs renders the OpenAPI document from our origin, with no CSP violation and no axe violation', async ({
  page,
}) => {
  // Swagger UI's page is large: axe takes long over it on two busy cores.
  test.setTimeout(180_000);
  const cspErrors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  page.on('request', (request) => {
    if (
      !request.url().startsWith(new URL(page.url() || 'http://127.0.0.1').origin) &&
      !request.url().startsWith('data:')
    )
      foreign.push(request.url());
  });
  const response = await page.goto('/api/docs');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('button', { name: /^GET \/measures\/\{slug\} / })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^GET \/ocd\/bills\/\{slug\} / })).toBeVisible({ timeout: 30_000 });
  expect(cspErrors).toEqual([]);
  expect(foreign.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  const violations = await scanForViolations(page);
  expect(
    violations.map((v) => v.id),
    formatViolations(violations),
  ).toEqual([]);
});

test('/data lists the dumps and has no axe violation', async ({ page }) => {
  const response = await page.goto('/data');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Bulk data' })).toBeVisible();
  const violations = await scanForViolations(page);
  expect(
    violations.map((v) => v.id),
    formatViolations(violations),
  ).toEqual([]);
});

test('the API answers JSON with validators and CORS from the production server', async ({ request }) => {
  const response = await request.get(`/api/v1/measures/${MEASURE_SLUGS.hres240}`);
  expect(response.status()).toBe(200);
  expect((await response.json()).identifier).toBe('H.Res. 240');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(response.headers()['ratelimit-policy']).toMatch(/^"anonymous";q=\d+;w=60$/);
  const again = await request.get(`/api/v1/measures/${MEASURE_SLUGS.hres240}`, {
    headers: { 'If-None-Match': response.headers()['etag']! },
  });
  expect(again.status()).toBe(304);
  const bad = await request.get('/api/v1/measures?stage=nope');
  expect(bad.status()).toBe(400);
  expect(bad.headers()['content-type']).toMatch(/application\/problem\+json/);
  const document = await request.get('/api/v1/openapi.json');
  expect((await document.json()).openapi).toBe('3.1.0');
});

test('cached API answers follow a change made with SQL alone: the measure, its sponsor, and the lists', async ({
  request,
}) => {
  const db = testDb();
  const run = Date.now().toString(36);
  const sponsor = await createPerson(db, { name: `Api Sponsor ${run}` });
  const measure = await createMeasure(db, {
    title: `Cached answer resolution ${run}`,
    sponsors: [{ personId: sponsor.id, nameAsGiven: `Api Sponsor ${run}` }],
  });
  const one = `/api/v1/measures/${measure.slug}`;
  const list = `/api/v1/measures?sponsor=${sponsor.slug}`;
  const read = async (path: string) => (await request.get(path)).json();
  // Asked twice, so both answers are cached.
  for (let i = 0; i < 2; i++) {
    expect((await read(one)).sponsorships[0].person.name).toBe(`Api Sponsor ${run}`);
    expect((await read(list)).data.map((m: { title: string }) => m.title)).toEqual([measure.title]);
  }

  // No write path and no revalidation call: the database announces the tags (lib/cache/tag-follower.ts).
  await db.$executeRaw`UPDATE "Person" SET "name" = ${`Renamed Sponsor ${run}`} WHERE "id" = ${sponsor.id}`;
  await db.$executeRaw`UPDATE "Measure" SET "title" = ${`Retitled resolution ${run}`} WHERE "id" = ${measure.id}`;
  await expect
    .poll(async () => (await read(one)).sponsorships[0].person.name, { timeout: 10_000 })
    .toBe(`Renamed Sponsor ${run}`);
  expect((await read(one)).title).toBe(`Retitled resolution ${run}`);
  await expect
    .poll(async () => (await read(list)).data.map((m: { title: string }) => m.title), { timeout: 10_000 })
    .toEqual([`Retitled resolution ${run}`]);

  const gone = `/api/v1/measures/cached-answer-not-yet-${run}`;
  expect((await request.get(gone)).status()).toBe(404);
  expect((await request.get(gone)).status()).toBe(404);
  await db.$executeRaw`UPDATE "Measure" SET "slug" = ${`cached-answer-not-yet-${run}`} WHERE "id" = ${measure.id}`;
  await expect.poll(async () => (await request.get(gone)).status(), { timeout: 10_000 }).toBe(200);
});

test('a member creates an API key on the account page, uses it, and revokes it', async ({ page, context, request }) => {
  await signInAs(context, 'member');
  await page.goto('/account');
  await page.getByLabel('Key name').fill('e2e scraper');
  await page.getByRole('button', { name: 'Create key' }).click();
  const message = page.getByText(/Copy it now, it is shown only once: rt_/);
  await expect(message).toBeVisible();
  const key = (await message.textContent())!.match(/(rt_[A-Za-z0-9_-]+)/)![1]!;
  await expect(page.getByRole('list', { name: 'Your API keys' })).toContainText('e2e scraper');
  const violations = await scanForViolations(page);
  expect(
    violations.map((v) => v.id),
    formatViolations(violations),
  ).toEqual([]);

  const keyed = await request.get('/api/v1/jurisdictions', { headers: { Authorization: `Bearer ${key}` } });
  expect(keyed.status()).toBe(200);
  expect(keyed.headers()['ratelimit-policy']).toMatch(/^"key";/);

  await page.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('list', { name: 'Your API keys' })).toContainText('revoked');
  await expect(page.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  const revoked = await request.get('/api/v1/jurisdictions', { headers: { Authorization: `Bearer ${key}` } });
  expect(revoked.status()).toBe(401);
});
