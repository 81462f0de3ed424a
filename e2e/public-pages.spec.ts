import { expect, test, type Page } from '@playwright/test';
import { MEASURE_SLUGS, PUBLIC_PAGES, UNKNOWN_SLUG_PAGES } from './fixtures/public-pages';

// Text that only an error page shows: Next's default ones and a typical error boundary.
const ERROR_PAGE_TEXT = /application error|internal server error|something went wrong/i;

test.describe('unknown slugs', () => {
  for (const path of UNKNOWN_SLUG_PAGES) {
    test(`${path} answers 404 with a helpful page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: /home|measures/i })
          .first(),
      ).toBeVisible();
    });
  }
});

test.describe('nonsense list parameters never break the measures list', () => {
  const queries = ['?page=-4', '?page=abc', '?page=99999', '?stage=banana&sort=;drop', '?type=xyz'];
  for (const query of queries) {
    test(`/measures${query} answers 200 with a table or a status message`, async ({ page }) => {
      const response = await page.goto(`/measures${query}`);
      expect(response?.status()).toBe(200);
      const main = page.getByRole('main');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(main).not.toContainText(ERROR_PAGE_TEXT);
      await expect(
        main
          .getByRole('table')
          .or(main.getByRole('status').filter({ hasText: /\w/ }))
          .first(),
      ).toBeVisible();
    });
  }
});

test.describe('every public page describes itself', () => {
  for (const { path, jsonLdTypes, titleIncludes } of PUBLIC_PAGES) {
    test(`${path} has a title, a description and JSON-LD`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);

      const title = await page.title();
      expect(title.trim()).not.toBe('');
      if (titleIncludes) expect(title).toMatch(titleIncludes);

      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim() ?? '').not.toBe('');

      const types = await readJsonLdTypes(page);
      expect(types.length, 'JSON-LD with an @type').toBeGreaterThan(0);
      if (jsonLdTypes.length > 0)
        expect(
          types.some((type) => jsonLdTypes.includes(type)),
          `@type ${types}`,
        ).toBe(true);
    });
  }
});

test.describe('keyboard', () => {
  for (const path of ['/', `/measures/${MEASURE_SLUGS.hres240}`]) {
    test(`on ${path} the first Tab reaches a visible "Skip to main content" link into <main>`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');

      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeVisible();

      const target = (await skipLink.getAttribute('href')) ?? '';
      expect(target).toMatch(/^#.+/);
      await expect(
        page.getByRole('main').and(page.locator(target)).or(page.getByRole('main').locator(target)),
      ).toHaveCount(1);
    });
  }
});

/** Every @type in the page's JSON-LD blocks (top level and @graph); fails the test if a block is not JSON. */
async function readJsonLdTypes(page: Page): Promise<string[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types: string[] = [];
  for (const block of blocks) {
    const data: unknown = JSON.parse(block);
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((node) =>
      node && typeof node === 'object' && '@graph' in node && Array.isArray(node['@graph'])
        ? [node, ...node['@graph']]
        : [node],
    );
    for (const node of nodes) {
      const type = node && typeof node === 'object' ? (node as Record<string, unknown>)['@type'] : undefined;
      types.push(...(Array.isArray(type) ? type : type ? [type] : []).map(String));
    }
  }
  return types;
}
