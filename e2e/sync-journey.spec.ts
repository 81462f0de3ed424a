// The sync as people meet it: an admin adds a Congress source on /admin/sources pointing at a local server speaking
// GPO's bulk data layout and runs it; a member follows the measure it brought; the source changes the measure's
// status; after the next run (Run now) the page shows the new status, says where and when it was last checked, and
// the member's notifications name the change.
import { expect, test, type Page } from '@playwright/test';
import { formatViolations, scanForViolations } from '@/e2e/fixtures/axe';
import { signInAs, testDb } from '@/e2e/fixtures/auth';
import { billFileName, billStatusXml } from '@/lib/sync/testing/bills';
import { startGpoServer, type GpoServer } from '@/lib/sync/testing/gpo-server';
import { startLegistarServer, type LegistarServer } from '@/lib/sync/testing/legistar-server';
import ICAL from 'ical.js';

const GPO_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const LEGISTAR_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
// One worker for the file: its local servers listen on fixed ports the app is told about.
test.describe.configure({ mode: 'serial' });
let gpo: GpoServer;
let council: LegistarServer;

test.beforeAll(async () => {
  gpo = await startGpoServer(GPO_PORT);
  council = await startLegistarServer('e2ecity', LEGISTAR_PORT);
});
test.afterAll(async () => {
  await gpo?.close();
  await council?.close();
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
      { timeout: 60_000 },
    )
    .toBe(runsBefore + 1);
}

test('a status change at the source reaches the measure page and its follower', async ({ browser }) => {
  test.setTimeout(180_000);
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

test('an admin adds a council, sees what it could not map, and its meetings reach the pages and calendars', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const name = `E2E City Council ${stamp}`;
  const d = council.data;
  // Body ids of its own: a retried test meets the bodies an earlier attempt made.
  const bodyId = stamp % 1_000_000;
  d.bodies.push({ BodyId: bodyId, BodyName: `E2E City Council ${stamp}`, BodyTypeName: 'Primary Legislative Body' });
  d.matters.push(
    {
      MatterId: 11,
      MatterLastModifiedUtc: '2026-01-05T10:00:00',
      MatterFile: `O-${stamp}`,
      MatterTitle: `Sidewalk repair ordinance ${stamp}`,
      MatterTypeName: 'Ordinance',
      MatterBodyId: bodyId,
      MatterBodyName: `E2E City Council ${stamp}`,
      MatterIntroDate: '2026-01-05T00:00:00',
    },
    {
      MatterId: 12,
      MatterLastModifiedUtc: '2026-01-06T10:00:00',
      MatterFile: `C-${stamp}`,
      MatterTitle: 'A communication',
      MatterTypeName: 'Communication',
      MatterBodyId: bodyId,
      MatterBodyName: `E2E City Council ${stamp}`,
    },
  );
  d.histories[11] = [
    {
      MatterHistoryId: 1,
      MatterHistoryActionDate: '2026-01-05T00:00:00',
      MatterHistoryActionName: 'Introduced',
      MatterHistoryActionBodyId: bodyId,
      MatterHistoryActionBodyName: `E2E City Council ${stamp}`,
    },
  ];
  d.events.push({
    EventId: 77,
    EventLastModifiedUtc: '2026-01-06T12:00:00',
    EventBodyId: bodyId,
    EventBodyName: `E2E City Council ${stamp}`,
    EventDate: '2099-05-01T00:00:00',
    EventTime: '9:30 AM',
    EventLocation: 'Council Chamber',
    EventAgendaStatusName: 'Final',
  });
  d.eventItems[77] = [{ EventItemId: 1, EventItemTitle: `Sidewalk repair ordinance ${stamp}`, EventItemMatterId: 11 }];

  const adminContext = await browser.newContext();
  await signInAs(adminContext, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto('/admin/sources');
  const form = admin.getByRole('form', { name: 'Add a source' });
  await form.getByLabel('Kind').selectOption('legistar');
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Jurisdiction').fill(`E2E City ${stamp}`);
  await form.getByLabel('Schedule (cron, UTC)').fill('0 6 * * *');
  await form.getByLabel('Settings (JSON)').fill(
    JSON.stringify({
      baseUrl: council.url,
      client: 'e2ecity',
      timeZone: 'America/Chicago',
      mapping: { matterTypes: { Ordinance: 'ordinance' }, actions: { Introduced: ['introduction'] } },
    }),
  );
  await form.getByRole('button', { name: 'Add source' }).click();
  await expect(form.getByRole('status')).toContainText(`Source "${name}" added`);
  await admin.reload();
  await runNow(admin, name, 0);
  await admin.reload();
  const section = admin.getByRole('region', { name: new RegExp(`^${name}`) });
  const latest = section
    .getByRole('table', { name: `Recent runs of ${name}` })
    .locator('tbody tr')
    .first();
  await expect(latest).toContainText('partial (manual)');
  await expect(latest).toContainText(`unmapped matter type "Communication" (C-${stamp})`);

  const measure = await testDb().measure.findFirstOrThrow({ where: { identifier: `O-${stamp}` } });
  const body = await testDb().body.findFirstOrThrow({ where: { name: `E2E City Council ${stamp}` } });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/measures/${measure.slug}`);
  const meetings = page.getByRole('region', { name: 'Meetings' });
  await expect(meetings).toContainText('Next scheduled: 2099-05-01 14:30 UTC');
  await expect(meetings).toContainText('Council Chamber');
  expect(formatViolations(await scanForViolations(page))).toBe('');
  await page.goto(`/bodies/${body.slug}`);
  await expect(page.getByRole('list', { name: 'Upcoming meetings' })).toContainText('2099-05-01 14:30 UTC');
  expect(formatViolations(await scanForViolations(page))).toBe('');

  const ics = await request.get(`/api/calendar/bodies/${body.slug}.ics`);
  expect(ics.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(event!.startDate.toJSDate().toISOString()).toBe('2099-05-01T14:30:00.000Z');
  expect(event!.description).toContain(`Sidewalk repair ordinance ${stamp}`);
});
