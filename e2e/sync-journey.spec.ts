// The sync as people meet it: an admin adds a Congress source on /admin/sources pointing at a local server speaking
// GPO's bulk data layout and runs it; a member follows the measure it brought; the source changes the measure's
// status; after the next run (Run now) the page shows the new status, says where and when it was last checked, and
// the member's notifications name the change.
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, scanForViolations } from '@/e2e/fixtures/axe';
import { signInAs, testDb } from '@/e2e/fixtures/auth';
import { billFileName, billStatusXml } from '@/lib/sync/testing/bills';
import { startGpoServer, type GpoServer } from '@/lib/sync/testing/gpo-server';

const GPO_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
let gpo: GpoServer;

test.beforeAll(async () => {
  gpo = await startGpoServer(GPO_PORT);
});
test.afterAll(async () => {
  await gpo?.close();
});

async function runNow(page: Page, name: string, runsBefore: number) {
  const section = page.getByRole('region', { name: new RegExp(`^${name}`) });
  await section.getByRole('button', { name: 'Run now' }).click();
  await expect(section.getByRole('status')).toContainText('Run queued');
  const source = await testDb().syncSource.findUniqueOrThrow({ where: { name } });
  await expect
    .poll(
      async () =>
        (await testDb().syncRun.findMany({ where: { sourceId: source.id, status: { not: 'running' } } })).length,
      { timeout: 30_000 },
    )
    .toBe(runsBefore + 1);
}

test('a status change at the source reaches the measure page and its follower', async ({ browser }) => {
  test.setTimeout(120_000);
  const number = 7000 + Math.floor(Math.random() * 900);
  const name = `GPO local ${number}`;
  gpo.put(billFileName(number), billStatusXml(number, { version: 'referred' }), new Date(Date.now() - 60_000));

  const adminContext = await browser.newContext();
  await signInAs(adminContext, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto('/admin/sources');
  await expect(admin.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  const form = admin.getByRole('form', { name: 'Add a source' });

  // A bad schedule and bad settings are refused beside their fields.
  await form.getByLabel('Kind').selectOption('congress-bulk');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Jurisdiction').fill('United States');
  await form.getByLabel('Schedule (cron, UTC)').fill('every five minutes');
  await form.getByLabel('Settings (JSON)').fill('{"baseUrl": "ftp://example"}');
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByText(/Not a schedule: five fields/)).toBeVisible();
  await expect(form.getByText(/baseUrl: an http or https address/)).toBeVisible();
  expect(formatViolations(await scanForViolations(admin))).toBe('');

  await form.getByLabel('Schedule (cron, UTC)').fill('*/5 * * * *');
  await form
    .getByLabel('Settings (JSON)')
    .fill(JSON.stringify({ baseUrl: gpo.url, congresses: ['118'], billTypes: ['hres'] }));
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByRole('status')).toContainText(`Source "${name}" added`);
  await admin.reload();
  await runNow(admin, name, 0);

  const measure = await testDb().measure.findFirstOrThrow({ where: { title: `Synced resolution ${number}` } });
  expect(measure.outcome).toBe('expired');

  // A member follows it (email off: this journey is about the app).
  const memberContext = await browser.newContext();
  const member = await signInAs(memberContext, 'member');
  await testDb().notificationPreference.create({ data: { userId: member.id, email: 'off' } });
  const page = await memberContext.newPage();
  await page.goto(`/measures/${measure.slug}`);
  await page.getByRole('button', { name: 'Follow' }).click();
  await expect(page.getByRole('button', { name: 'Unfollow' })).toBeVisible();

  // The House agrees to it at the source; the next run brings it in.
  gpo.put(billFileName(number), billStatusXml(number), new Date());
  await admin.reload();
  await runNow(admin, name, 1);
  const section = admin.getByRole('region', { name: new RegExp(`^${name}`) });
  await admin.reload();
  await expect(
    section
      .getByRole('table', { name: `Recent runs of ${name}` })
      .locator('tbody tr')
      .first(),
  ).toContainText('succeeded (manual)');
  expect(formatViolations(await scanForViolations(admin))).toBe('');

  await expect(async () => {
    await page.goto(`/measures/${measure.slug}`);
    await expect(page.getByRole('region', { name: 'Status' })).toContainText('Adopted');
  }).toPass({ timeout: 20_000 });
  const checked = page.getByText(/Last checked against/);
  await expect(checked).toContainText(name);
  await expect(checked.getByRole('link', { name })).toHaveAttribute('href', new RegExp(`${billFileName(number)}$`));

  await expect
    .poll(async () => await testDb().notification.count({ where: { userId: member.id } }), { timeout: 20_000 })
    .toBeGreaterThan(0);
  await page.goto('/account/notifications');
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText('outcome expired → adopted');
});
