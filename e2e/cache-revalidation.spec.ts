import { expect, test } from '@playwright/test';
import { tagsForChange } from '@/lib/cache/tags';
import { createDbClient } from '@/lib/db/client';
import { createMeasure, createPerson } from '@/prisma/factories';

// Public pages are served from the cache; a write names the tags of what it changed and exactly those pages are
// rendered again. The writes here go straight to the database, as an outside writer (the import command) would,
// and then ask the server to revalidate through /api/revalidate.

const db = createDbClient(process.env.DATABASE_URL ?? '', 2);
const secret = process.env.REVALIDATE_SECRET ?? '';

test.afterAll(async () => {
  await db.$disconnect();
});

async function revalidate(request: import('@playwright/test').APIRequestContext, tags: string[]) {
  const response = await request.post('/api/revalidate', {
    headers: { authorization: `Bearer ${secret}` },
    data: { tags },
  });
  expect(response.status()).toBe(200);
}

test('a write revalidates the pages showing the changed measure and leaves the others cached', async ({
  page,
  request,
}) => {
  const run = Date.now().toString(36);
  const sponsor = await createPerson(db, { name: `Cache Sponsor ${run}` });
  const changed = await createMeasure(db, { title: `Cache test measure ${run}`, sponsors: [{ personId: sponsor.id }] });
  const untouched = await createMeasure(db, { title: `Untouched measure ${run}` });
  const body = await db.body.findUniqueOrThrow({ where: { id: changed.originBodyId }, select: { slug: true } });
  const listView = `/measures?body=${body.slug}&sort=title`;
  // An anonymous search is a cached page too (proxy.ts rewrites it to /search/views/<segment>).
  const searchView = `/search?q=${run}`;

  // First visits render and cache the pages.
  await page.goto(`/measures/${changed.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cache test measure ${run}`);
  await page.goto(`/people/${sponsor.slug}`);
  await expect(page.getByRole('link', { name: `Cache test measure ${run}` })).toBeVisible();
  await page.goto(`/measures/${untouched.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Untouched measure ${run}`);
  await page.goto(listView);
  await expect(page.getByRole('table').getByRole('link', { name: `Cache test measure ${run}` })).toBeVisible();
  await page.goto(searchView);
  await expect(
    page.getByRole('main').getByRole('link', { name: new RegExp(`Cache test measure ${run}`) }),
  ).toBeVisible();

  await db.measure.update({ where: { id: changed.id }, data: { title: `Renamed measure ${run}` } });
  await db.measure.update({ where: { id: untouched.id }, data: { title: `Renamed untouched ${run}` } });

  // Until told, the server keeps serving the cached page. (Not checked for the search view: it carries the lists'
  // tags, which any other journey's write running alongside revalidates.)
  await page.goto(`/measures/${changed.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Cache test measure ${run}`);

  await revalidate(request, tagsForChange([{ kind: 'measure', id: changed.id, slug: changed.slug }]));

  await page.goto(`/measures/${changed.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Renamed measure ${run}`);
  // The sponsor's page shows that measure, so it was rendered again too.
  await page.goto(`/people/${sponsor.slug}`);
  await expect(page.getByRole('link', { name: `Renamed measure ${run}` })).toBeVisible();
  // So was every view of the measures list (each one a cached page of its own).
  await page.goto(listView);
  await expect(page.getByRole('table').getByRole('link', { name: `Renamed measure ${run}` })).toBeVisible();
  // And every search's view, which carries the lists' tags.
  await page.goto(searchView);
  await expect(page.getByRole('main').getByRole('link', { name: new RegExp(`Renamed measure ${run}`) })).toBeVisible();
  // A page that does not show the changed measure stays as cached.
  await page.goto(`/measures/${untouched.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Untouched measure ${run}`);
});

test('the revalidation endpoint refuses a missing token and malformed requests with a reason', async ({ request }) => {
  const anonymous = await request.post('/api/revalidate', { data: { tags: ['measures'] } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toMatch(/bearer token/i);

  const headers = { authorization: `Bearer ${secret}` };
  const empty = await request.post('/api/revalidate', { headers, data: { tags: [] } });
  expect(empty.status()).toBe(400);
  expect(JSON.stringify(await empty.json())).toMatch(/at least one tag/);

  const junk = await request.post('/api/revalidate', { headers, data: 'not json at all' });
  expect(junk.status()).toBe(400);

  const badTag = await request.post('/api/revalidate', { headers, data: { tags: ['<script>'] } });
  expect(badTag.status()).toBe(400);
  expect(JSON.stringify(await badTag.json())).toMatch(/a tag looks like/);
});
