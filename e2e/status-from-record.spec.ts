import { expect, test } from '@playwright/test';
import { sampleInput } from '@/lib/test/samples';
import { signInAs } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';

// An editor imports the records of a vetoed bill and of a bill that became law (the project's samples); a reader
// sees each as the record says: "Vetoed" (never enacted) with the failed override, "Became law" with its public
// law number linked to the published law, and no body holding either, with the reason.

test.describe.configure({ timeout: 120_000 });

const upload = (name: string) => ({
  name,
  mimeType: 'application/xml',
  buffer: sampleInput('billstatus', name).bytes as Buffer,
});

test('a vetoed bill reads "Vetoed", and a bill that became law shows its public law', async ({ page, context }) => {
  await signInAs(context, 'editor');
  await page.goto('/admin/import');
  // H.R. 9006: the veto coded E30000 (GPO's "Signed by President"), the House's override failing, the veto message
  // referred. H.R. 9005: signed, Public Law 117-901; its related bill's latest action names Public Law 117-902.
  await page
    .getByLabel('Files', { exact: true })
    .setInputFiles([upload('BILLSTATUS-118hr9006.xml'), upload('BILLSTATUS-117hr9005.xml')]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page
      .getByRole('status')
      .or(page.getByRole('alert'))
      .filter({ hasText: /files:/ }),
  ).toContainText('0 failed', { timeout: 90_000 });

  await page.goto('/measures/us-118-hr-9006');
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Vetoed on');
  await expect(status).toContainText(/Stage:?\s*Sent to executive/);
  await expect(status).toContainText(/Veto override:?\s*Failed in the .*House.* on/);
  await expect(status).toContainText(/Current body:?\s*None: it was vetoed/);
  expect(formatViolations(await scanForViolations(page))).toBe('');

  await page.goto('/measures/us-117-hr-9005');
  await expect(status).toContainText('Became law on');
  await expect(status).toContainText(/Current body:?\s*None: it became law/);
  const link = status.getByRole('link', { name: 'Public Law 117-901' });
  await expect(link).toHaveAttribute('href', 'https://www.govinfo.gov/link/plaw/117/public/901');
  // Its related bill's law is not its own.
  await expect(status).not.toContainText('117-902');
  expect(formatViolations(await scanForViolations(page))).toBe('');
});
