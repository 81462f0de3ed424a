import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixturePath } from '@/lib/test/shared-fixtures';
import { signInAs } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';

// An editor uploads official files on the admin page, watches the batch go through and reads the report: the good
// files imported, the broken one refused with its line. A member is refused the page and the upload.

test.describe.configure({ timeout: 120_000 });

test('an editor imports several files at once and reads the report', async ({ page, context }) => {
  await signInAs(context, 'editor');
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  expect(formatViolations(await scanForViolations(page))).toBe('');

  const files = ['BILLSTATUS-117sconres7.xml', 'BILLSTATUS-114sres105.xml'].map((name) => ({
    name,
    mimeType: 'application/xml',
    buffer: readFileSync(fixturePath('billstatus', name)),
  }));
  files.push({ name: 'broken.xml', mimeType: 'application/xml', buffer: Buffer.from('<?xml version="1.0"?>\n<billStatus>\n<bill>\n</billStatus>') });
  await page.getByLabel('Files', { exact: true }).setInputFiles(files);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('table', { name: 'Import report' });
  const message = page.getByRole('alert').filter({ hasText: /files:/ });
  await expect(message).toContainText('3 files:', { timeout: 90_000 });
  await expect(message).toContainText('1 failed');
  await expect(report.getByRole('row', { name: /BILLSTATUS-117sconres7\.xml/ })).toContainText(/(created|updated|unchanged)\s*S\.Con\.Res\. 7 \(117th Congress\)/);
  await expect(report.getByRole('row', { name: /BILLSTATUS-114sres105\.xml/ })).toContainText('S.Res. 105 (114th Congress)');
  await expect(report.getByRole('row', { name: /broken\.xml/ })).toContainText(/failed\s*broken\.xml \(line \d+, column \d+\): broken XML/);
  await expect(page.getByLabel(/Imported 3 of 3/)).toBeVisible();
  expect(formatViolations(await scanForViolations(page))).toBe('');

  // The measure's public page shows what the file says.
  await page.goto('/measures/us-117-sconres-7');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('heroism');
  await expect(page.getByText('Klobuchar').first()).toBeVisible();
  // Status, committee, cosponsors and the latest action, as the file gives them (38 cosponsors, all original).
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Expired at end of session');
  await expect(status).toContainText(/Current body:?\s*.*Rules and Administration/);
  await expect(page.getByRole('main').getByText('38 original cosponsors').first()).toBeVisible();
  await expect(page.getByText('Referred to the Committee on Rules and Administration.').first()).toBeVisible();
});

test('a member is refused the import page', async ({ page, context }) => {
  await signInAs(context, 'member');
  const response = await page.goto('/admin/import');
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel('Files', { exact: true })).toHaveCount(0);
});
