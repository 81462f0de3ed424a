import { expect, test, type Page } from '@playwright/test';
import { MEASURE_SLUGS } from './fixtures/public-pages';

// A newcomer follows the project's founding case by clicking only: from the home page to H.Res. 240, on to the
// Los Angeles City Council resolution that endorses it, then to its sponsor, Paul Krekorian.

const HRES_240 = /^H\.\s?Res\.\s?240\b/;
const hres240Url = new RegExp(`/measures/${MEASURE_SLUGS.hres240}$`);
const laResolutionPath = `/measures/${MEASURE_SLUGS.losAngelesResolution}`;

/** Goes from the home page to H.Res. 240: straight from the recent actions if listed there, else via all measures. */
async function openHres240FromHome(page: Page) {
  const main = page.getByRole('main');
  const direct = main.getByRole('link', { name: HRES_240 });
  if ((await direct.count()) > 0) {
    await direct.first().click();
    return;
  }
  await page
    .getByRole('link', { name: /all measures/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/measures(\?.*)?$/);
  await page.getByRole('table').getByRole('link', { name: HRES_240 }).first().click();
}

test('a new user follows H.Res. 240 to the Los Angeles resolution and its sponsor', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await test.step('reach H.Res. 240 from the home page', async () => {
    await openHres240FromHome(page);
    await expect(page).toHaveURL(hres240Url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(HRES_240);
  });

  await test.step('see where it stands: expired with the 117th Congress in Foreign Affairs, 30 original cosponsors', async () => {
    const status = page.getByRole('region', { name: 'Status' });
    await expect(status).toContainText('Expired at end of session');
    // No body holds it after its session ended; the page says so, and where it was last.
    await expect(status).toContainText(
      /Current body:?\s*None: its session ended before it was decided \(last with the House Committee on Foreign Affairs\)/,
    );
    await expect(status.getByRole('link', { name: 'House Committee on Foreign Affairs' })).toHaveAttribute(
      'href',
      '/bodies/house-foreign-affairs',
    );
    await expect(page.getByRole('main').getByText('30 original cosponsors').first()).toBeVisible();
  });

  await test.step('follow the Los Angeles City Council resolution that endorses it', async () => {
    const related = page.getByRole('region', { name: 'Related measures' });
    await expect(related).toContainText(/Endorsed by.*Los Angeles/);
    await related
      .getByRole('link', { name: /Los Angeles/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${laResolutionPath}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  await test.step("open its sponsor's page: Paul Krekorian", async () => {
    const sponsors = page.getByRole('region', { name: /sponsor/i });
    await sponsors.getByRole('link', { name: 'Paul Krekorian', exact: true }).click();
    await expect(page).toHaveURL(/\/people\/paul-krekorian$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Paul Krekorian');
  });

  await test.step('find the resolution, adopted, among his sponsored measures', async () => {
    const sponsored = page.getByRole('region', { name: /sponsored/i });
    const entry = sponsored
      .getByRole('row')
      .or(sponsored.getByRole('listitem'))
      .filter({ has: page.locator(`a[href="${laResolutionPath}"]`) });
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Adopted');

    await entry.locator(`a[href="${laResolutionPath}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${laResolutionPath}$`));
  });
});
