import { expect, test } from '@playwright/test';
import { signInAs } from './fixtures/auth';
import { formatViolations, scanForViolations } from './fixtures/axe';

// An editor imports the records of a vetoed bill and of a bill that became law; a reader sees each as the record
// says: "Vetoed" (never enacted) with the failed override, "Became law" with its public law number linked to the
// published law, and no body holding either, with the reason.

test.describe.configure({ timeout: 120_000 });

type Action = { date: string; text: string; code?: string; source?: string };

// A Bill Status file of the current layout (GPO's version 3), small: what the status needs.
function billStatus(number: string, title: string, actions: Action[], extra = '') {
  const items = [...actions].reverse().map((a) => `
      <item>${a.code ? `<actionCode>${a.code}</actionCode>` : ''}<actionDate>${a.date}</actionDate>
        <sourceSystem><name>${a.source ?? 'House floor actions'}</name></sourceSystem><text>${a.text}</text></item>`).join('');
  const latest = actions.at(-1)!;
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<billStatus><version>3.0.0</version><bill>
  <number>${number}</number><updateDate>2022-10-31T17:15:21Z</updateDate><type>HR</type><congress>117</congress>
  <originChamber>House</originChamber><introducedDate>${actions[0]!.date}</introducedDate><title>${title}</title>
  <latestAction><actionDate>${latest.date}</actionDate><text>${latest.text}</text></latestAction>
  <actions>${items}</actions>${extra}
</bill></billStatus>`);
}

const passed: Action[] = [
  { date: '2022-01-04', text: 'Introduced in House', code: 'Intro-H' },
  { date: '2022-01-05', text: 'Passed/agreed to in House: On passage Passed by recorded vote: 220 - 210 (Roll no. 12).', code: 'H37100' },
  { date: '2022-01-06', text: 'Passed Senate without amendment by Yea-Nay Vote. 51 - 49.', source: 'Senate' },
  { date: '2022-01-07', text: 'Presented to President.', code: 'E20000' },
];

const vetoed = billStatus('9881', 'A sample bill the President vetoed.', [
  ...passed,
  // GPO codes the veto E30000, its "Signed by President" code: the text decides.
  { date: '2022-01-08', text: 'Vetoed by President. (text of veto message: CR H210-211)', code: 'E30000' },
  { date: '2022-01-08', text: 'Vetoed by President.(text of veto message: CR H210-211)', code: '31000', source: 'Library of Congress' },
  { date: '2022-02-02', text: 'On passage, the objections of the President to the contrary notwithstanding Failed by the Yeas and Nays: (2/3 required): 241 - 186 (Roll no. 59).', code: 'H38900' },
  { date: '2022-02-02', text: 'Motion to refer the bill and the accompanying veto message to the Committee on Education and Labor Agreed to without objection.', code: 'H41931' },
]);

const law = billStatus('9882', 'A sample bill that became law.', [
  ...passed,
  { date: '2022-01-10', text: 'Signed by President.', code: '36000', source: 'Library of Congress' },
  { date: '2022-01-10', text: 'Became Public Law No: 117-901.', code: 'E40000' },
], `
  <laws><item><type>Public Law</type><number>117-901</number></item></laws>
  <relatedBills><item><title>A related bill with a law of its own.</title><congress>117</congress><number>9883</number><type>HR</type>
    <latestAction><actionDate>2022-01-12</actionDate><text>Became Public Law No: 117-902.</text></latestAction>
    <relationshipDetails><item><type>Related bill</type><identifiedBy>CRS</identifiedBy></item></relationshipDetails></item></relatedBills>`);

test('a vetoed bill reads "Vetoed", and a bill that became law shows its public law', async ({ page, context }) => {
  await signInAs(context, 'editor');
  await page.goto('/admin/import');
  await page.getByLabel('Files', { exact: true }).setInputFiles([
    { name: 'BILLSTATUS-117hr9881.xml', mimeType: 'application/xml', buffer: vetoed },
    { name: 'BILLSTATUS-117hr9882.xml', mimeType: 'application/xml', buffer: law },
  ]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /files:/ })).toContainText('0 failed', { timeout: 90_000 });

  await page.goto('/measures/us-117-hr-9881');
  const status = page.getByRole('region', { name: 'Status' });
  await expect(status).toContainText('Vetoed on');
  await expect(status).toContainText(/Stage:?\s*Sent to executive/);
  await expect(status).toContainText(/Veto override:?\s*Failed in the .*House.* on/);
  await expect(status).toContainText(/Current body:?\s*None: it was vetoed/);
  expect(formatViolations(await scanForViolations(page))).toBe('');

  await page.goto('/measures/us-117-hr-9882');
  await expect(status).toContainText('Became law on');
  await expect(status).toContainText(/Current body:?\s*None: it became law/);
  const link = status.getByRole('link', { name: 'Public Law 117-901' });
  await expect(link).toHaveAttribute('href', 'https://www.govinfo.gov/link/plaw/117/public/901');
  // Its related bill's law is not its own.
  await expect(status).not.toContainText('117-902');
  expect(formatViolations(await scanForViolations(page))).toBe('');
});
