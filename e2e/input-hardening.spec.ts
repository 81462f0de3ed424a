import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { repoRoot } from '@/lib/db/paths';
import { isCacheFunctionId } from '@/lib/http/request-guard';
import { sampleText } from '@/lib/test/samples';
import { createMeasure } from '@/prisma/factories';
import { signInAs, testDb } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';
import { MEASURE_SLUGS } from './fixtures/public-pages';

// Holes found by probing the running app (issue 17): server functions callable with any arguments, disk filled by
// 404s, 500s on bad input, one body limit for every action. Each is probed here as it was found, over HTTP.

test.describe.configure({ timeout: 120_000 });

const MB = 1024 * 1024;
const nextDir = path.join(repoRoot, '.next');

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** The server functions of this build, by id, as `next build` listed them. */
function serverFunctions(): [string, ManifestEntry][] {
  const manifest = JSON.parse(readFileSync(path.join(nextDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.entries(manifest.node);
}

/**
 * A URL of one of the pages or routes (app/(group)/x/[slug]/page, app/api/…/route) a function is reachable from,
 * pages first: only a page runs actions.
 */
function urlOf(entry: ManifestEntry): string {
  const workers = Object.keys(entry.workers).sort(
    (a, b) =>
      Number(a.endsWith('/route')) - Number(b.endsWith('/route')) || Number(a.includes('[')) - Number(b.includes('[')),
  );
  const route = workers[0]!
    .replace(/^app/, '')
    .replace(/\/(page|route)$/, '')
    .replace(/\/\([^)]+\)/g, '')
    .replace(/\[[^\]]+\]/g, 'x');
  return route || '/';
}

const replay = (request: APIRequestContext, url: string, id: string, args: string) =>
  request.post(url, {
    headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
    data: args,
    maxRedirects: 0,
  });

test('a cached data function replayed as a server action is refused, whatever its arguments', async ({ request }) => {
  const cached = serverFunctions().filter(([id]) => isCacheFunctionId(id));
  // Every data module the pages read is there: the measures, people, bodies, search, feeds and dashboard queries, the
  // campaign, addressee and embed queries, the sync facts (last checked, meetings) of measure and body pages, and the
  // API's cached answers.
  expect(new Set(cached.map(([, entry]) => entry.filename))).toEqual(
    new Set([
      'lib/measures/queries.ts',
      'lib/people/queries.ts',
      'lib/bodies/queries.ts',
      'lib/search/cached.ts',
      'lib/feeds/queries.ts',
      'lib/dashboard/cached.ts',
      'lib/campaigns/queries.ts',
      'lib/campaigns/addressees.ts',
      'lib/campaigns/embed.ts',
      'lib/sync/page-queries.ts',
      'lib/api/cached.ts',
    ]),
  );
  for (const [id, entry] of cached) {
    const url = urlOf(entry);
    for (const args of [
      '[1000000]',
      '[{"sponsor":{"contains":"x"},"sort":"title","dir":"asc","page":1}]',
      '["someone-else","v","",null]',
    ]) {
      const response = await replay(request, url, id, args);
      if (url.startsWith('/api/')) {
        // Only in a route handler's module (the feeds, the API): a route runs no actions, and answers GET only.
        expect(response.status(), `${entry.filename} ${entry.exportedName} at ${url}`).toBe(405);
        continue;
      }
      expect(response.status(), `${entry.filename} ${entry.exportedName} at ${url} with ${args}`).toBe(403);
      expect(await response.text()).toContain('cannot be called directly');
    }
    if (url.startsWith('/api/')) continue;
    // Only in route handlers (the badges and embeds): no page runs it, so no form can name it; a POST there is a 405.
    if (Object.keys(entry.workers).every((worker) => worker.endsWith('/route'))) continue;
    // The same function named the way a form without JavaScript names its action.
    const form = await request.post(url, {
      multipart: { [`$ACTION_ID_${id}`]: '', limit: '1000000' },
      maxRedirects: 0,
    });
    expect(form.status(), `${entry.filename} as a form at ${url}`).toBe(403);
  }
});

test('unknown slugs answer 404 and leave nothing on disk', async ({ request }) => {
  const run = `unknown-${Date.now().toString(36)}`;
  const paths = Array.from({ length: 15 }, (_, i) => [
    `/measures/${run}-${i}`,
    `/people/${run}-${i}`,
    `/bodies/${run}-${i}`,
  ]).flat();
  for (const url of paths) expect((await request.get(url)).status(), url).toBe(404);
  // Asked again: still a 404 (served from memory or rendered again).
  expect((await request.get(paths[0]!)).status()).toBe(404);
  const written = (readdirSync(nextDir, { recursive: true }) as string[]).filter((file) => file.includes(run));
  expect(written).toEqual([]);
});

test('malformed addresses and NUL bytes answer 400 or 404, never 500', async ({ request }) => {
  for (const url of [
    `/measures/a%00b`,
    '/people/a%00b',
    '/bodies/a%00b',
    '/bodies/a%00b/members',
    '/api/feeds/measures/a%00b/rss',
    '/api/feeds/people/a%00b/atom',
    '/api/feeds/bodies/a%00b/rss',
  ]) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  for (const url of ['/measures/%E0%A4%A', '/people/%E0%A4%A', '/api/feeds/measures/%E0%A4%A/rss']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(await response.text()).toContain('broken %-escape');
  }
  // A NUL in a search or its feed is cleaned away, as any control character.
  expect((await request.get('/search?q=a%00b')).status()).toBe(200);
  expect((await request.get('/api/feeds/search/rss?q=a%00b')).status()).toBe(200);
});

test('a 2 MB body to a non-import action is refused with 413', async ({ request }) => {
  const [signInId] = serverFunctions().find(
    ([, entry]) => entry.filename === 'lib/auth/actions.ts' && entry.exportedName === 'signInWithPassword',
  )!;
  const response = await request.post('/sign-in', {
    headers: { 'next-action': signInId },
    multipart: { '1_email': 'someone@example.test', '1_password': 'x'.repeat(2 * MB) },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toMatch(/over the 1 MB limit/);
});

test('a 30 MB upload without JavaScript is refused with 413 and a message, and nothing is imported', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const editor = await signInAs(context, 'editor');
  const page = await context.newPage();
  await page.goto('/admin/import');
  await page
    .getByLabel('Files', { exact: true })
    .setInputFiles({ name: 'huge.xml', mimeType: 'application/xml', buffer: Buffer.alloc(30 * MB, 32) });
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  expect(response.status()).toBe(413);
  await expect(page.getByRole('alert')).toContainText(/The upload is 30\.\d MB, over the 21 MB limit/);
  await expect(page.getByRole('link', { name: 'Back to the import form' })).toBeVisible();
  expect(await testDb().changeEvent.count({ where: { actorId: editor.id } })).toBe(0);
  await context.close();
});

test('a 20 MB import still goes through (one file at a time with JavaScript)', async ({ page, context }) => {
  await signInAs(context, 'editor');
  const original = sampleText('billstatus', 'BILLSTATUS-117hr9010.xml');
  // A sample file with a comment that brings it to just under the 20 MB cap: the body is over 10 MB, where the
  // proxy's default buffer used to cut it.
  const padding = 20 * MB - Buffer.byteLength(original) - 64 * 1024;
  const padded = original.replace('?>', `?>\n<!-- ${'x'.repeat(padding)} -->`);
  await page.goto('/admin/import');
  await page.getByLabel('Files', { exact: true }).setInputFiles({
    name: 'BILLSTATUS-117hr9010-padded.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(padded),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 file:' })).toContainText('0 failed', { timeout: 90_000 });
  await expect(
    page.getByRole('table', { name: 'Import report' }).getByRole('row', { name: /BILLSTATUS-117hr9010-padded\.xml/ }),
  ).toContainText('H.R. 9010');
});

test('the site has an icon: /favicon.ico and the linked icon answer 200', async ({ page, request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  await page.goto('/about');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toBeTruthy();
  expect((await request.get(href!)).status()).toBe(200);
});

test('an anonymous visitor’s measure page makes no failing request and logs no error', async ({ page }) => {
  const errors: string[] = [];
  const failing: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && failing.push(`${response.status()} ${response.url()}`));
  const asked: string[] = [];
  page.on('request', (req) => asked.push(new URL(req.url()).pathname));
  await page.goto(`/measures/${MEASURE_SLUGS.hres240}`);
  // The follow button has learned the visitor is signed out.
  await expect(page.getByRole('link', { name: 'Sign in to follow' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).not.toContain('/api/follows');
  expect(failing).toEqual([]);
  expect(errors).toEqual([]);
});

test('a bill’s long subject list shows the first 12 and all of them after “Show all”, without JavaScript too', async ({
  browser,
}) => {
  const subjects = Array.from({ length: 40 }, (_, i) => `Subject ${String(i + 1).padStart(2, '0')}`);
  const measure = await createMeasure(testDb(), { title: `Many subjects ${Date.now().toString(36)}`, subjects });
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/measures/${measure.slug}`);
    const section = page.getByRole('region', { name: 'Subjects' });
    await expect(section.getByRole('listitem').filter({ visible: true })).toHaveCount(12);
    await expect(section.getByText('Subject 13')).toBeHidden();
    await section.getByText('Show all 40 subjects').click();
    await expect(section.getByRole('listitem').filter({ visible: true })).toHaveCount(40);
    await expect(section.getByText('Subject 40')).toBeVisible();
    if (javaScriptEnabled) expect(formatViolations(await scanForViolations(page))).toBe('');
    await context.close();
  }
});
