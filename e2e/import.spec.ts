import { expect, test } from '@playwright/test';
import { sampleInput } from '@/lib/test/samples';
import { signInAs } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';

// An editor uploads Bill Status files (the project's samples, one in each layout) on the admin page, watches the
// batch go through and reads the report: the good files imported, the broken one refused with its line. A member is
// refused the page and the upload.

test.describe.configure({ timeout: 120_000 });

test('an editor imports several files at once and reads the report', async ({ page, context }) => {
  await signInAs(context, 'editor');
  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  expect(formatViolations(await scanForViolations(page))).toBe('');

  const files = ['BILLSTATUS-117hr9002.xml', 'BILLSTATUS-118sconres9004.xml'].map((name) => ({
    name,
    mimeType: 'application/xml',
    buffer: sampleInput('billstatus', name).bytes as Buffer,
  }));
  files.push({
    name: 'broken.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from('<?xml version="1.0"?>\n<billStatus>\n<bill>\n</billStatus>'),
  });
  await page.getByLabel('Files', { exact: true }).setInputFiles(files);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('table', { name: 'Import report' });
  const message = page.getByRole('alert').filter({ hasText: /files:/ });
  await expect(message).toContainText('3 files:', { timeout: 90_000 });
  await expect(message).toContainText('1 failed');
  await expect(report.getByRole('row', { name: /BILLSTATUS-117hr9002\.xml/ })).toContainText(
    /(created|updated|unchanged)\s*H\.R\. 9002 \(117th Congress\)/,
  );
  await expect(report.getByRole('row', { name: /BILLSTATUS-118sconres9004\.xml/ })).toContainText(
    'S.Con.Res. 9004 (118th Congress)',
  );
  await expect(report.getByRole('row', { name: /broken\.xml/ })).toContainText(
    /failed\s*broken\.xml \(line \d+, column \d+\): broken XML/,
  );
  await expect(page.getByLabel(/Imported 3 of 3/)).toBeVisible();
  expect(formatViolations(await scanForViolations(page))).toBe('');

  // The measure's public page shows what the file (the older layout) says.
  await page.goto('/measures/us-117-hr-9002');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Sample Expired Bill Act');
  await expect(page.getByText('Ada Sample').first()).toBeVisible();
  // Status, committee, cosponsors and the latest action, as the file gives them (one cosponsor, original).
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Expired at end of session');
  await expect(status).toContainText(/Current body:?\s*.*Sample Affairs/);
  await expect(page.getByRole('main').getByText('1 original cosponsor').first()).toBeVisible();
  await expect(page.getByText('Referred to the House Committee on Sample Affairs.').first()).toBeVisible();
});

test('a member is refused the import page', async ({ page, context }) => {
  await signInAs(context, 'member');
  const response = await page.goto('/admin/import');
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel('Files', { exact: true })).toHaveCount(0);
});
