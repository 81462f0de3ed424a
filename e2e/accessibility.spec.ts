import { expect, test } from '@playwright/test';
import { formatViolations, scanForViolations } from './fixtures/axe';
import { PUBLIC_PAGES } from './fixtures/public-pages';

const PAGES = [
  ...PUBLIC_PAGES.map(({ path }) => ({ path, status: 200 })),
  { path: '/measures/no-such-measure', status: 404 },
  // Campaigns (issue 19): the founding campaign, its body timeline and its bodies, its full list of measures, its
  // gap, and the addressee index and one addressee.
  { path: '/campaigns', status: 200 },
  { path: '/campaigns/free-the-armenian-prisoners-of-war', status: 200 },
  { path: '/campaigns/free-the-armenian-prisoners-of-war/bodies/los-angeles-city-council', status: 200 },
  { path: '/campaigns/free-the-armenian-prisoners-of-war/measures/1', status: 200 },
  { path: '/campaigns/free-the-armenian-prisoners-of-war/gap', status: 200 },
  { path: '/campaigns/free-the-armenian-prisoners-of-war/bodies', status: 200 },
  { path: '/campaigns/no-such-campaign', status: 404 },
  { path: '/addressees', status: 200 },
  { path: '/addressees?verb=calls_upon&q=azer', status: 200 },
  { path: '/addressees/bodies/azerbaijan', status: 200 },
  { path: '/addressees/bodies/no-such-addressee', status: 404 },
];

test.describe('accessibility (axe: WCAG 2.1 A/AA and best practice)', () => {
  for (const { path, status } of PAGES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBe(status);

      const violations = await scanForViolations(page);
      expect(
        violations.map((violation) => violation.id),
        `axe violations on ${path}:\n\n${formatViolations(violations)}`,
      ).toEqual([]);
    });
  }
});
