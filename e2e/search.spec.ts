import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';
import { MEASURE_SLUGS } from './fixtures/public-pages';

// Search from the header of any page: an identifier as people type it goes straight to the measure; words give
// ranked results with facets; nonsense gives a message, never an error page.

test('typing "hres 240" in the header search box lands on H.Res. 240', async ({ page }) => {
  await page.goto('/about');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: /search measures/i });
  await box.fill('hres 240');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/measures/${MEASURE_SLUGS.hres240}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Azerbaijan/i);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box is a plain form: "H. Res. 240 117th" still lands on the measure', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
    await box.fill('H. Res. 240 117th');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`/measures/${MEASURE_SLUGS.hres240}$`));
  });

  test('facets are links and the refine form submits', async ({ page }) => {
    await page.goto('/search?q=Azerbaijan');
    await page
      .getByRole('navigation', { name: 'Narrow the results' })
      .getByRole('link', { name: 'Resolution' })
      .first()
      .click();
    await expect(page).toHaveURL(/q=Azerbaijan&type=resolution/);
    await page.getByLabel('Sort by').selectOption('newest');
    await page.getByRole('search', { name: 'Refine' }).getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(/type=resolution/);
    await expect(page).toHaveURL(/sort=newest/);
  });
});

test('words give ranked results with highlighted snippets and facets that narrow them', async ({ page }) => {
  await page.goto('/search?q=prisoners+of+war');
  const results = page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('mark') })
    .first();
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(/\d+ measures? match/);

  const facets = page.getByRole('navigation', { name: 'Narrow the results' });
  await facets.getByRole('link', { name: 'Resolution' }).first().click();
  await expect(page).toHaveURL(/type=resolution/);
  await expect(facets.getByRole('link', { name: /Remove the type filter/ })).toBeVisible();

  const violations = await scanForViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
});

test('an anonymous search is a cached view at its own URL: results, facets, its words in the form', async ({
  page,
}) => {
  const response = await page.goto('/search?sort=relevance&q=prisoners++of+war&page=1');
  // Served from /search/views/<segment> (proxy.ts), a cached page; the per-request page says no-store.
  expect(response?.headers()['cache-control']).toMatch(/s-maxage/);
  await expect(page).toHaveURL(/\/search\?sort=relevance&q=prisoners\+\+of\+war&page=1$/);
  await expect(page).toHaveTitle(/^Search: prisoners of war/);
  await expect(page.getByRole('status').first()).toContainText(/\d+ measures? match “prisoners of war”/);
  await expect(page.getByRole('search', { name: 'Refine' }).getByRole('searchbox')).toHaveValue('prisoners of war');
  await expect(page.getByRole('main').getByText('to save this search')).toBeVisible();

  const facets = page.getByRole('navigation', { name: 'Narrow the results' });
  await facets.getByRole('link', { name: 'Resolution' }).first().click();
  await expect(page).toHaveURL(/\/search\?q=prisoners\+of\+war&type=resolution$/);
  await expect(facets.getByRole('link', { name: /Remove the type filter/ })).toBeVisible();
  await expect(page.getByRole('status').first()).toContainText(/\d+ measures? match/);
  const results = page
    .getByRole('main')
    .getByRole('list')
    .filter({ has: page.locator('mark') })
    .first();
  await expect(results.locator('mark').first()).toBeVisible();
});

test('a misspelt name still finds the person', async ({ page }) => {
  await page.goto('/search?q=Krekorain');
  await expect(page.getByRole('link', { name: 'Paul Krekorian' })).toBeVisible();
});

test('bad input gives a message, not an error page', async ({ page }) => {
  // 10 KB of words: sent as a form would send it (spaces as "+"), under the server's 16 KB limit for a request line.
  for (const q of [`'; DROP TABLE "Measure"; --`, '"unclosed & | ! <->', 'prisoners '.repeat(1000)]) {
    const response = await page.goto(`/search?${new URLSearchParams({ q, stage: 'nonsense' })}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'About your search' })).toContainText(/Ignored the stage filter/);
  }
  await expect(page.getByRole('list', { name: 'About your search' })).toContainText(/longer than 200 characters/);
});

test('the empty search page is accessible', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  const violations = await scanForViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
});

test('a member saves a search and finds it on the dashboard and the saved searches page', async ({ page, context }) => {
  await signInAs(context, 'member');
  // A member's search page is rendered for them (the save form), never the anonymous view.
  const response = await page.goto('/search?q=Azerbaijan&type=resolution');
  expect(response?.headers()['cache-control']).toMatch(/no-store/);
  const name = `Azerbaijan ${Date.now()}`;
  await page.getByRole('textbox', { name: /save this search as/i }).fill(name);
  await page.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved as “${name}”` })).toBeVisible();

  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Saved searches' }).getByRole('link', { name })).toBeVisible();
  await page.goto('/account/searches');
  await page.getByRole('link', { name }).click();
  await expect(page).toHaveURL(/\/search\?q=Azerbaijan&type=resolution$/);
  const violations = await scanForViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
});
