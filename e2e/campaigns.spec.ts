import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { createBody, createMeasure } from '@/prisma/factories';
import { signInAs, testDb } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';

// Campaigns (issue 19): an editor builds a campaign from H.Res. 240 and adds the Los Angeles resolution; the public
// page shows the headline count, the combined timeline and the chart with its text alternative; a member following
// the founding campaign sees its cosponsor gap once an editor has recorded the city's district with a source.

test.describe.configure({ timeout: 120_000 });

const form = (page: Page, name: string) => page.getByRole('form', { name });
const FOUNDING = '/campaigns/free-the-armenian-prisoners-of-war';

test('an editor creates a campaign from H.Res. 240 and adds the Los Angeles resolution; the public page shows it', async ({
  page,
  context,
}) => {
  const run = String(Date.now() % 1e8);
  await signInAs(context, 'editor');
  await page.goto('/admin/campaigns/new');
  const details = form(page, 'New campaign');
  await details.getByLabel('Title').fill(`Prisoners campaign ${run}`);
  await details.getByLabel('Lead measure').fill('H.Res. 240');
  await details.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page).toHaveURL(/\/admin\/campaigns\/\d+\?created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Prisoners campaign ${run}`);

  const add = form(page, 'Add a measure');
  await add.getByLabel('Measure').fill('/measures/no-such-thing');
  await add.getByRole('button', { name: 'Add to the campaign' }).click();
  await expect(add.getByText(/No measure found for/)).toBeVisible();
  await add.getByLabel('Measure').fill('/measures/los-angeles-resolution-2021-04-21');
  await add.getByLabel('Role').selectOption('ENDORSEMENT');
  await add.getByRole('button', { name: 'Add to the campaign' }).click();
  await expect(add.getByRole('status')).toHaveText('Measure added to the campaign.');

  const href = await page.getByRole('link', { name: /^\/campaigns\// }).getAttribute('href');
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Prisoners campaign ${run}`);
  await expect(page.getByText('1 council has endorsed H.Res. 240.')).toBeVisible();
  const measures = page.getByRole('table', { name: /Every measure of the campaign/ });
  await expect(measures.getByRole('row')).toHaveCount(3);
  await expect(measures).toContainText('Lead measure');
  await expect(measures).toContainText('Los Angeles City Council');
  // One timeline of both measures' actions.
  const timeline = page.getByRole('heading', { name: 'Timeline of all the measures' }).locator('..');
  await expect(timeline).toContainText('Adopted by the Los Angeles City Council');
  await expect(timeline).toContainText('Referred to the House Committee on Foreign Affairs.');
  // Filtered by body, on a page of its own.
  await timeline.getByRole('navigation').getByRole('link', { name: 'Los Angeles City Council' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: Los Angeles City Council');
  await expect(page.locator('.timeline:visible')).toContainText('Adopted by the Los Angeles City Council');
  await expect(page.locator('.timeline:visible')).not.toContainText('Referred to the House');
  await page.goBack();
  // The chart: an image with a name and a description, and its data as a table.
  const chart = page.getByRole('img', { name: /Endorsements of Prisoners campaign/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('1 endorsement adopted');
  await page.getByText('The chart’s data as a table').click();
  const data = page.getByRole('table', { name: 'Dated campaign measures, oldest first' });
  await expect(data).toContainText('Endorsement adopted');
  await expect(data).toContainText('Lead measure introduced');
  // Whom the measures call upon, the verb agreeing with the count.
  const addressees = page.getByRole('heading', { name: 'Whom the measures call upon' }).locator('..');
  await expect(addressees).toContainText('2 measures call upon Government of Azerbaijan');
  await expect(addressees).toContainText('1 measure urges U.S. Department of State');
});

test('a member following the founding campaign sees the cosponsor gap once the city’s district is recorded', async ({
  browser,
}) => {
  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editorContext, 'editor');
  await editor.goto('/admin/districts');
  const add = form(editor, 'Add a district');
  await add.getByLabel('Place').selectOption({ label: 'City of Los Angeles (municipality)' });
  await add.getByLabel('State').fill('ca');
  await add.getByLabel('District').fill('30');
  await add.getByRole('button', { name: 'Add the district' }).click();
  await expect(add.getByText(/Source is required/)).toBeVisible();
  await add.getByLabel('Source').fill('https://example.test/los-angeles-districts');
  await add.getByRole('button', { name: 'Add the district' }).click();
  const status = add.getByRole('status');
  const already = add.getByText(/already recorded in CA-30/);
  await expect(status.or(already)).toBeVisible();
  await editorContext.close();

  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  await signInAs(memberContext, 'member');
  await page.goto(FOUNDING);
  await page
    .getByRole('form', { name: /Follow Free the Armenian/ })
    .getByRole('button', { name: /Follow/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Following' })).toBeVisible();
  await page.goto('/dashboard/campaigns');
  const gap = page.getByRole('table', { name: /Cosponsor gap for H.Res. 240/ });
  await expect(gap).toBeVisible();
  const sherman = gap.getByRole('row', { name: /Brad Sherman/ });
  await expect(sherman).toContainText('CA-30');
  await expect(sherman).toContainText('Cosponsored');
  await expect(sherman).toContainText('Los Angeles');
  // The campaign's own gap page shows the whole gap to anyone, signed in or not.
  await page.goto(`${FOUNDING}/gap`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cosponsor gap');
  await expect(
    page.getByRole('table', { name: /Cosponsor gap for H.Res. 240/ }).getByRole('row', { name: /Brad Sherman/ }),
  ).toContainText('CA-30');
  const csv = await page.request.get(`${FOUNDING}/gap.csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(
    'H.Res. 240,CA,30,City of Los Angeles,2021-04-21,Brad Sherman,Democrat,Cosponsored,2021-03-16,',
  );
  const violations = await scanForViolations(page);
  expect(
    violations.map((v) => v.id),
    formatViolations(violations),
  ).toEqual([]);
  await memberContext.close();
});

test('the campaign admin pages pass axe', async ({ page, context }) => {
  await signInAs(context, 'editor');
  for (const path of ['/admin/campaigns', '/admin/campaigns/new', '/admin/districts']) {
    await page.goto(path);
    const violations = await scanForViolations(page);
    expect(
      violations.map((v) => v.id),
      `${path}\n${formatViolations(violations)}`,
    ).toEqual([]);
  }
  await page.goto('/admin/campaigns');
  await page.getByRole('link', { name: 'Free the Armenian prisoners of war' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free the Armenian prisoners of war');
  const violations = await scanForViolations(page);
  expect(
    violations.map((v) => v.id),
    formatViolations(violations),
  ).toEqual([]);
});

test('the addressee index counts the measures calling upon each addressee, searchable and faceted', async ({
  page,
}) => {
  await page.goto('/addressees');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Addressees');
  await expect(page.getByText('2 measures call upon Government of Azerbaijan')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Name' }).fill('biden');
  await page.getByRole('search', { name: 'Addressees' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/addressees\?q=biden$/);
  await expect(page.getByRole('heading', { name: '1 addressee matching' })).toBeVisible();
  await page.goto('/addressees/bodies/azerbaijan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Government of Azerbaijan');
  const table = page.getByRole('table', { name: /Measures addressed to Government of Azerbaijan/ });
  await expect(table).toContainText('H.Res. 240');
  await expect(table).toContainText('immediately release the Armenian prisoners of war and captured civilians');
  await expect(table).toContainText('Calls upon');
});

test('a member is offered a measure with the same template text and confirms it; nothing is linked before', async ({
  page,
  context,
}) => {
  const run = String(Date.now() % 1e8);
  const text = (city: string, mayor: string, date: string) =>
    `WHEREAS, the residents of ${city} have long supported the release of all prisoners of war held since ${date}; ` +
    `NOW, THEREFORE, BE IT RESOLVED that the council, with Mayor ${mayor}, calls upon the government to release ` +
    `every prisoner of war and captured civilian without delay and urges the president to press for their return.`;
  const db = testDb();
  const first = await createMeasure(db, { title: `Template resolution ${run} of Glendale` });
  const second = await createMeasure(db, { title: `Template resolution ${run} of Burbank` });
  await db.measure.update({ where: { id: first.id }, data: { text: text('Glendale', 'Ara Najarian', 'May 1, 2021') } });
  await db.measure.update({ where: { id: second.id }, data: { text: text('Burbank', 'Bob Frutos', 'June 2, 2022') } });
  expect(await db.measureRelation.count({ where: { fromMeasureId: { in: [first.id, second.id] } } })).toBe(0);

  await signInAs(context, 'member');
  await page.goto(`/dashboard/measures/${first.slug}`);
  const offers = page.getByRole('heading', { name: 'Possible related measures' }).locator('..');
  await expect(offers.getByRole('link', { name: second.title })).toBeVisible();
  await offers
    .getByRole('form', { name: `Confirm ${second.title} as the same template` })
    .getByRole('button')
    .click();
  await expect(offers.getByRole('link', { name: second.title })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Related measures', exact: true }).locator('..')).toContainText(
    second.title,
  );
  expect(
    await db.measureRelation.count({ where: { fromMeasureId: first.id, toMeasureId: second.id, type: 'similar' } }),
  ).toBe(1);
});

test('badges and embeds: an SVG of the live status, and a page other sites may frame, with no cookie', async ({
  page,
  context,
  request,
}) => {
  const badge = await request.get('/badges/measures/us-117-hres-240.svg');
  expect(badge.status()).toBe(200);
  expect(badge.headers()['content-type']).toContain('image/svg+xml');
  expect(await badge.text()).toMatch(/<title>H\.Res\. 240: [^<]+<\/title>/);
  const campaignBadge = await request.get('/badges/campaigns/free-the-armenian-prisoners-of-war.svg');
  expect(await campaignBadge.text()).toContain('1 endorsement');
  expect((await request.get('/badges/measures/no-such-measure.svg')).status()).toBe(404);

  for (const path of ['/embed/measures/us-117-hres-240', '/embed/campaigns/free-the-armenian-prisoners-of-war']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy'], path).toContain('frame-ancestors *');
    expect(headers['content-security-policy'], path).not.toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['set-cookie'], path).toBeUndefined();
  }
  // The site's own pages still refuse framing.
  expect((await request.get('/campaigns')).headers()['x-frame-options']).toBe('DENY');

  const embed = await page.goto('/embed/campaigns/free-the-armenian-prisoners-of-war');
  expect(embed?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Free the Armenian prisoners of war');
  await expect(page.getByText(/ha(s|ve) endorsed H\.Res\. 240/)).toBeVisible();
  expect(await context.cookies()).toEqual([]);

  // The snippets are on the public pages.
  await page.goto('/measures/us-117-hres-240');
  await page.getByText('Show this status on your website').click();
  await expect(page.locator('.embed-snippets')).toContainText('/badges/measures/us-117-hres-240.svg');
});

test('an advocacy site on another origin frames the embed; the site’s own pages refuse to be framed', async ({
  page,
  baseURL,
}) => {
  // A page of another origin (its own port on this machine), framing the embed and an ordinary page of ours.
  const site = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Our campaign</title><body>
      <iframe id="embed" title="Campaign status" src="${baseURL}/embed/campaigns/free-the-armenian-prisoners-of-war"></iframe>
      <iframe id="page" title="Campaign page" src="${baseURL}/campaigns"></iframe></body></html>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    const blocked = page.waitForEvent('requestfailed', (request) => request.url() === `${baseURL}/campaigns`);
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const framed = page.frameLocator('#embed');
    await expect(framed.getByRole('heading', { level: 1 })).toHaveText('Free the Armenian prisoners of war');
    await expect(framed.getByText(/ha(s|ve) endorsed H\.Res\. 240/)).toBeVisible();
    // X-Frame-Options: DENY and frame-ancestors 'none' keep the site's own pages out of other sites' frames.
    expect((await blocked).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    expect(page.frames().some((frame) => frame.url() === `${baseURL}/campaigns`)).toBe(false);
  } finally {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  }
});

test('the full list of a campaign’s measures, a page of 100 at a time, leads first', async ({ page }) => {
  const db = testDb();
  const run = String(Date.now() % 1e8);
  const lead = await db.measure.findUniqueOrThrow({ where: { slug: 'us-117-hres-240' }, select: { id: true } });
  // Thirteen councils: more than the campaign page names inline in its timeline's body filter.
  const councils = [];
  for (let i = 0; i < 13; i++) councils.push(await createBody(db, { name: `Paged council ${run} ${i}` }));
  const campaign = await db.campaign.create({ data: { slug: `paged-campaign-${run}`, name: `Paged campaign ${run}` } });
  const endorsements = [];
  for (let i = 0; i < 119; i++) {
    endorsements.push(
      await createMeasure(db, {
        title: `Paged endorsement ${run} number ${i}`,
        originBodyId: councils[i % councils.length]!.id,
        actions: [{ date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, text: 'Introduced' }],
      }),
    );
  }
  await db.campaignMeasure.createMany({
    data: [
      { campaignId: campaign.id, measureId: lead.id, role: 'LEAD' },
      ...endorsements.map((m) => ({ campaignId: campaign.id, measureId: m.id, role: 'ENDORSEMENT' as const })),
    ],
  });

  await page.goto(`/campaigns/${campaign.slug}`);
  // The page shows the start of each long list and links to the rest: 10 measures, the 10 latest actions, and the
  // body filter as a link to the campaign's bodies (14 of them: the House and the thirteen councils).
  await expect(page.getByRole('table', { name: /^10 of the campaign's 120 measures/ }).getByRole('row')).toHaveCount(
    11,
  );
  const timeline = page.getByRole('heading', { name: 'Timeline of all the measures' }).locator('..');
  await expect(timeline.locator('.timeline > li')).toHaveCount(10);
  await timeline.getByRole('link', { name: 'Show one body’s timeline: choose among the 14 bodies' }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/bodies$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline by body');
  const bodies = page.getByRole('navigation', { name: 'Filter the timeline by body' });
  await expect(bodies.getByRole('listitem')).toHaveCount(14);
  await expect(bodies.getByRole('listitem').filter({ hasText: `Paged council ${run} 0 ` })).toContainText(
    '(10 measures)',
  );
  await bodies.getByRole('link', { name: `Paged council ${run} 12`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline: Paged council ${run} 12`);
  await expect(page.locator('.timeline:visible')).toContainText(`Paged endorsement ${run} number 12`);
  await expect(page.locator('.timeline:visible')).not.toContainText(`Paged endorsement ${run} number 13`);
  await expect(page.getByRole('link', { name: 'Another of the 14 bodies' })).toBeVisible();
  await page.goto(`/campaigns/${campaign.slug}`);
  await page.getByRole('link', { name: 'All 120 measures of the campaign' }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/measures/1$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All measures of the campaign');
  const first = page.getByRole('table', { name: /^Measures 1 to 100 of 120/ });
  await expect(first.getByRole('row')).toHaveCount(101);
  await expect(first.getByRole('row').nth(1)).toContainText('Lead measure');
  await expect(page.getByText('Page 1 of 2', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/${campaign.slug}/measures/2$`));
  const second = page.getByRole('table', { name: /^Measures 101 to 120 of 120/ });
  await expect(second.getByRole('row')).toHaveCount(21);
  // Every member is listed once across the two pages.
  const names = [
    ...(await second.getByRole('row').allInnerTexts()).slice(1),
    ...(
      await page.goto(`/campaigns/${campaign.slug}/measures/1`).then(() =>
        page
          .getByRole('table', { name: /^Measures 1 to 100/ })
          .getByRole('row')
          .allInnerTexts(),
      )
    ).slice(1),
  ].map((text) => text.split('\n')[0]);
  expect(new Set(names).size).toBe(120);

  for (const path of ['measures/3', 'measures/0', 'measures/01', 'measures/x']) {
    expect((await page.goto(`/campaigns/${campaign.slug}/${path}`))?.status(), path).toBe(404);
  }
});
