import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createDbClient } from '@/lib/db/client';
import { createMeasure, createPerson } from '@/prisma/factories';

// Public pages are served from the cache; a write names the tags of what it changed and exactly those pages are
// rendered again. The writes here go straight to the database, as an outside writer (the import command, psql) would,
// and ask nothing of the server: the database's triggers record the tags and the server's follower revalidates them
// within about a second (docs/decisions/070-database-driven-revalidation.md).

const db = createDbClient(process.env.DATABASE_URL ?? '', 2);
const secret = process.env.REVALIDATE_SECRET ?? '';

test.afterAll(async () => {
  await db.$disconnect();
});

test('a write straight to the database revalidates the pages showing the changed measure and leaves the others cached', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const sponsor = await createPerson(db, { name: `Cache Sponsor ${run}` });
  const changed = await createMeasure(db, { title: `Cache test measure ${run}`, sponsors: [{ personId: sponsor.id }] });
  const untouched = await createMeasure(db, { title: `Untouched measure ${run}` });
  const body = await db.body.findUniqueOrThrow({ where: { id: changed.originBodyId }, select: { slug: true } });
  const listView = `/measures?body=${body.slug}&sort=title`;
  // An anonymous search is a cached page too (proxy.ts rewrites it to /search/views/<segment>).
  const searchView = `/search?q=${run}`;

  // The creations above are announced too, and the follower (one poll a second) expires their pages when it reads
  // them: visited before that, the pages would be cached and then expired, and rendered afresh after the unseen
  // write below. Two polls' time lets it catch up first.
  await new Promise((resolve) => setTimeout(resolve, 2_500));

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

  // A write the triggers do not see (replication role: no triggers fire) shows that a page nobody revalidates stays
  // as cached...
  await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
    db.$executeRaw`UPDATE "Measure" SET "title" = ${`Renamed untouched ${run}`} WHERE "id" = ${untouched.id}`,
  ]);
  // ...and an ordinary write reaches the pages that show it, with no call to the server.
  await db.measure.update({ where: { id: changed.id }, data: { title: `Renamed measure ${run}` } });

  const heading = async (path: string) => {
    await page.goto(path);
    return page.getByRole('heading', { level: 1 }).textContent();
  };
  /** Whether the page at `path` links to the renamed measure (inside `within`), visited afresh each time it is asked. */
  const linksRenamed = async (path: string, within: 'table' | 'main') => {
    await page.goto(path);
    const scope = within === 'table' ? page.getByRole('table') : page.getByRole('main');
    return scope.getByRole('link', { name: new RegExp(`Renamed measure ${run}`) }).count();
  };
  // Each page within the follower's poll (about a second): each is polled, as a reader would reload it.
  await expect.poll(() => heading(`/measures/${changed.slug}`), { timeout: 10_000 }).toBe(`Renamed measure ${run}`);
  // The sponsor's page shows that measure, so it was rendered again too.
  await expect.poll(() => linksRenamed(`/people/${sponsor.slug}`, 'main'), { timeout: 10_000 }).toBeGreaterThan(0);
  // So was every view of the measures list (each one a cached page of its own).
  await expect.poll(() => linksRenamed(listView, 'table'), { timeout: 10_000 }).toBeGreaterThan(0);
  // And every search's view, which carries the lists' tags.
  await expect.poll(() => linksRenamed(searchView, 'main'), { timeout: 10_000 }).toBeGreaterThan(0);
  // A page that does not show the changed measure stays as cached.
  await page.goto(`/measures/${untouched.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Untouched measure ${run}`);
});

/** A measure page after its first visit rendered and cached it: the HTML the cache serves (lib/cache/view-cache-handler.cjs). */
async function cachedHtml(request: APIRequestContext, path: string): Promise<string> {
  // The measure's creation is announced too; two of the follower's polls let it expire the page before it is cached.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
  expect((await request.get(path)).status()).toBe(200);
  const cached = await request.get(path);
  expect(cached.headers()['x-nextjs-cache']).toBe('HIT');
  return cached.text();
}

/** Follows the header's About link and says whether the window survived it (a client-side navigation). */
async function navigatesClientSide(page: Page, marker: number): Promise<boolean> {
  await page.evaluate((value) => ((window as unknown as { rtMarker: number }).rtMarker = value), marker);
  await page.getByRole('banner').getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about$/);
  return (await page.evaluate(() => (window as unknown as { rtMarker?: number }).rtMarker)) === marker;
}

test('a cached page is sent all ASCII, and the browser reads and hydrates the same page', async ({ page, request }) => {
  // Characters above U+007F in a title: typographic quotes and dashes, Armenian, Latin-1 (é), an emoji (beyond U+FFFF).
  const run = Date.now().toString(36);
  const title = `Resolution ${run} — “Երևան” in Yerevan’s café 😀`;
  const measure = await createMeasure(db, { title });
  const path = `/measures/${measure.slug}`;
  const html = await cachedHtml(request, path);
  expect(html.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  expect(html).toContain(`Resolution ${run} &#x2014; &#x201C;&#x535;&#x580;&#x587;&#x561;&#x576;&#x201D;`);
  expect(html).toContain('caf&#xE9;');
  expect(html).toContain('\\u2014 \\u201C\\u0535'); // the same title in the RSC payload's script
  expect(html).toContain('caf\\u00E9');

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(await page.title()).toContain(`: ${title} · Resolution Tracker`);
  // Hydrated: the header's account link is rendered by a client effect; a client-side navigation keeps the window.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  expect(await navigatesClientSide(page, 5)).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(errors).toEqual([]);
});

test('a cached page paints before it asks for its framework scripts, then hydrates with each script once', async ({
  page,
  request,
}) => {
  const measure = await createMeasure(db, { title: `Paint first ${Date.now().toString(36)}` });
  const path = `/measures/${measure.slug}`;
  const html = await cachedHtml(request, path);
  // The head holds no framework script: the page's own inline script asks for them (lib/cache/boot-after-paint.cjs).
  expect(html.slice(0, html.indexOf('</head>'))).not.toMatch(/<script src="\/_next\/static\/[^"]+" async/);

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  // Hydrated: the header's account link is rendered by a client effect.
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const bootstrap = (document.getElementById('_R_') as HTMLScriptElement | null)?.src;
    const chunks = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/_next\/static\/chunks\/[^/]+\.js$/.test(entry.name) && entry.name !== bootstrap)
      .map((entry) => ({ name: entry.name, start: entry.startTime }));
    const scripts = [...document.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).src);
    return { paint, chunks, scripts };
  });
  expect(timing.paint).not.toBeNull();
  expect(timing.chunks.length).toBeGreaterThanOrEqual(3);
  for (const chunk of timing.chunks) expect(chunk.start, chunk.name).toBeGreaterThanOrEqual(timing.paint!);
  // Each script is in the document once: React found the ones the page added and added none of its own again.
  expect(new Set(timing.scripts).size).toBe(timing.scripts.length);
  // The page works as a client-side app: a link navigates without reloading the window.
  expect(await navigatesClientSide(page, 7)).toBe(true);
  expect(errors).toEqual([]);
});

test('public pages tell a shared cache in front to keep them one second', async ({ request }) => {
  const answer = await request.get('/about');
  expect(answer.headers()['cache-control']).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=10');
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
