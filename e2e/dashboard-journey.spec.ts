import { expect, test, type Page } from '@playwright/test';
import { formatViolations, scanForViolations } from './fixtures/axe';
import { signInAs, testDb, uniqueEmail } from './fixtures/auth';
import { MEASURE_SLUGS } from './fixtures/public-pages';
import { createMeasure } from '@/prisma/factories';

// The advocacy journey of issue 4: a new member follows H.Res. 240 and Paul Krekorian; an editor adds an action to
// H.Res. 240 in another browser; the member's dashboard marks it new. The member links a related measure that is
// not in the tracker; when an editor enters it, both public pages show the relation.

test.describe.configure({ timeout: 180_000 });

const form = (page: Page, name: string) => page.getByRole('form', { name });

/** Opens a page and waits until its forms are hydrated (they submit through React from then on). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

async function follow(page: Page, path: string, name: string) {
  // The state comes from /api/follows once the page has loaded; wait for it so the click is not lost in hydration.
  // Listening starts before the visit: the answer can arrive before goto returns.
  const state = page.waitForResponse((response) => response.url().includes('/api/follows'));
  await page.goto(path);
  await state;
  const button = form(page, `Follow ${name}`).getByRole('button', { name: 'Follow' });
  await button.click();
  await expect(form(page, `Follow ${name}`).getByRole('status')).toHaveText(/Following/);
  await expect(form(page, `Follow ${name}`).getByRole('button', { name: 'Unfollow' })).toBeVisible();
}

test('follow, see an editor’s change marked new, and link a measure that resolves when it is entered', async ({
  page,
  browser,
}) => {
  const run = String(100_000 + (Date.now() % 800_000));
  const db = testDb();
  const hres = await db.measure.findUniqueOrThrow({ where: { slug: MEASURE_SLUGS.hres240 }, select: { id: true } });
  const house = await db.body.findFirstOrThrow({
    where: { name: 'U.S. House of Representatives' },
    include: { jurisdiction: true },
  });

  await test.step('a new member signs up and signs in', async () => {
    const email = uniqueEmail('advocate');
    await open(page, '/sign-up');
    const signUp = form(page, 'Create an account');
    await signUp.getByLabel('Email').fill(email);
    await signUp.getByLabel('Password', { exact: true }).fill('advocate-password-1');
    await signUp.getByLabel('Password again').fill('advocate-password-1');
    await signUp.getByRole('button', { name: 'Create account' }).click();
    // Hashing the password takes a while on a busy machine. Sign-up answers alike for new and known addresses, so
    // it does not sign in: the new member does.
    await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible({ timeout: 20_000 });
    await open(page, '/sign-in');
    const signIn = form(page, 'Sign in with your password');
    await signIn.getByLabel('Email').fill(email);
    await signIn.getByLabel('Password').fill('advocate-password-1');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/, { timeout: 20_000 });
  });

  await test.step('follows H.Res. 240 and Paul Krekorian', async () => {
    await follow(page, `/measures/${MEASURE_SLUGS.hres240}`, 'H.Res. 240');
    await follow(page, '/people/paul-krekorian', 'Paul Krekorian');
    await page.goto('/dashboard');
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: /H\.Res\. 240/ })).toBeVisible();
    // Krekorian's resolution comes in through the followed person.
    await expect(table.getByRole('row', { name: /Los Angeles/ })).toBeVisible();
  });

  await test.step('an editor adds an action to H.Res. 240 in another browser', async () => {
    const editorContext = await browser.newContext();
    await signInAs(editorContext, 'editor', { name: `Editor ${run}` });
    const editor = await editorContext.newPage();
    await open(editor, `/admin/measures/${hres.id}`);
    const addAction = form(editor, 'Add an action');
    await addAction.getByLabel('Date', { exact: false }).first().fill('2021-03-16');
    // Same day as the introduction and no classification: the status and last action date stay as they were.
    await addAction.getByLabel('Action text').fill(`Sponsor introductory remarks on measure (${run}).`);
    await addAction.getByRole('button', { name: 'Add action' }).click();
    await expect(addAction.getByRole('status')).toContainText('Action added');
    await editorContext.close();
  });

  await test.step('the member’s dashboard marks the change as new', async () => {
    await page.goto('/dashboard');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /H\.Res\. 240/ }) });
    await expect(row.locator('.tag-new')).toContainText('New');
    const changes = page.getByRole('complementary', { name: 'What changed since your last visit' });
    await expect(changes.getByText(`New action: Sponsor introductory remarks on measure (${run}).`)).toBeVisible();
    const violations = await scanForViolations(page);
    expect(
      violations.map((v) => v.id),
      formatViolations(violations),
    ).toEqual([]);
  });

  const target = `H.Res. ${run}`;
  await test.step('the member links a related measure that is not in the tracker', async () => {
    await open(page, `/dashboard/measures/${MEASURE_SLUGS.hres240}`);
    const add = form(page, 'Add a related measure');
    await add.getByLabel('Relation').selectOption('companion');
    await add.getByLabel('Related measure').fill(target);
    await add.getByLabel('Body or jurisdiction').fill('U.S. House');
    await add.getByLabel('Evidence quote').fill('Introduced as a companion in the same Congress.');
    await add.getByRole('button', { name: 'Add related measure' }).click();
    await expect(add.getByRole('status')).toContainText('not in the tracker yet');
    await expect(page.getByText(`${target}, U.S. House`)).toBeVisible();
    const violations = await scanForViolations(page);
    expect(
      violations.map((v) => v.id),
      formatViolations(violations),
    ).toEqual([]);
  });

  await test.step('an editor enters that measure, and both pages show the relation', async () => {
    const editorContext = await browser.newContext();
    await signInAs(editorContext, 'editor');
    const editor = await editorContext.newPage();
    await open(editor, '/admin/measures/new');
    const details = form(editor, 'New measure');
    await details.getByLabel('Identifier').fill(target);
    await details.getByLabel('Title').fill(`Companion resolution ${run}`);
    await details
      .getByLabel('Body it comes from')
      .selectOption({ label: `${house.name} (${house.jurisdiction!.name})` });
    await details.getByRole('button', { name: 'Create measure' }).click();
    await expect(editor).toHaveURL(/\/admin\/measures\/\d+/);
    const href = await editor.getByRole('link', { name: /^\/measures\// }).getAttribute('href');
    await editorContext.close();

    await page.goto(`/measures/${MEASURE_SLUGS.hres240}`);
    const related = page.getByRole('region', { name: 'Related measures' });
    await expect(related.getByRole('link', { name: target })).toBeVisible();
    await page.goto(href!);
    await expect(
      page.getByRole('region', { name: 'Related measures' }).getByRole('link', { name: 'H.Res. 240' }),
    ).toBeVisible();
  });
});

test('a position and its note are for members only: never in the public page', async ({ page, context, browser }) => {
  const run = Date.now().toString(36);
  const slug = MEASURE_SLUGS.hres240;
  await signInAs(context, 'member');
  await open(page, `/dashboard/measures/${slug}`);
  const position = form(page, 'Record a position');
  await position.getByLabel('Position').selectOption('support');
  await position.getByLabel('Note').fill(`Private strategy note ${run}`);
  await position.getByRole('button', { name: 'Record position' }).click();
  await expect(position.getByRole('status')).toHaveText('Position recorded: Support.');
  await expect(page.getByText(`Private strategy note ${run}`).first()).toBeVisible();

  const anonymous = await browser.newContext();
  const html = await (await anonymous.request.get(`/measures/${slug}`)).text();
  expect(html).toContain('H.Res. 240');
  expect(html).not.toContain(`Private strategy note ${run}`);
  // Signed in, the public page is the same cached HTML: the note is not there either.
  const signedIn = await (await context.request.get(`/measures/${slug}`)).text();
  expect(signedIn).not.toContain(`Private strategy note ${run}`);
  await anonymous.close();
});

test('bad input on the related-measure form is explained beside the field', async ({ page, context }) => {
  await signInAs(context, 'member');
  await open(page, `/dashboard/measures/${MEASURE_SLUGS.hres240}`);
  const add = form(page, 'Add a related measure');
  await add.getByLabel('Relation').selectOption('similar');
  await add.getByLabel('Related measure').fill('<b>not a number</b>');
  await add.getByLabel('Body or jurisdiction').fill('U.S. House');
  await add.getByLabel('Evidence source').fill('javascript:alert(1)');
  await add.getByRole('button', { name: 'Add related measure' }).click();
  await expect(add.getByLabel('Related measure')).toHaveAccessibleDescription(/is not an identifier/);
  await expect(add.getByLabel('Evidence source')).toHaveAccessibleDescription(
    /must start with http:\/\/ or https:\/\//,
  );
  await expect(add.getByLabel('Related measure')).toHaveValue('<b>not a number</b>');

  await add.getByLabel('Related measure').fill('H.Res. 240');
  await add.getByLabel('Evidence source').fill('https://example.org/evidence');
  await add.getByRole('button', { name: 'Add related measure' }).click();
  await expect(add.getByLabel('Related measure')).toHaveAccessibleDescription(/cannot relate to itself/);
});

test('the CSV export has every followed measure as an attachment; signed out it is refused', async ({
  page,
  context,
  browser,
}) => {
  const user = await signInAs(context, 'member');
  const db = testDb();
  const la = await db.measure.findUniqueOrThrow({ where: { slug: MEASURE_SLUGS.losAngelesResolution } });
  const hres = await db.measure.findUniqueOrThrow({ where: { slug: MEASURE_SLUGS.hres240 } });
  await db.follow.createMany({
    data: [
      { userId: user.id, measureId: la.id },
      { userId: user.id, measureId: hres.id },
    ],
  });
  await page.goto('/dashboard');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export this view as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^followed-measures-\d{4}-\d{2}-\d{2}\.csv$/);
  const response = await context.request.get('/dashboard/export?sort=identifier');
  expect(response.headers()['content-type']).toContain('text/csv');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename=/);
  const lines = (await response.text()).trim().split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^Identifier,Title,Body/);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get('/dashboard/export', { maxRedirects: 0 })).status()).toBe(307);
  await anonymous.close();
});

test('the follow button works without JavaScript, and following twice is harmless', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const user = await signInAs(context, 'member');
  const page = await context.newPage();
  for (let i = 0; i < 2; i += 1) {
    await page.goto('/people/paul-krekorian');
    await form(page, 'Follow Paul Krekorian').getByRole('button', { name: 'Follow' }).click();
    await page.waitForLoadState('load');
  }
  await expect
    .poll(() => testDb().follow.count({ where: { userId: user.id, person: { slug: 'paul-krekorian' } } }))
    .toBe(1);
  await context.close();
});

test('the chosen columns are remembered, and the table sorts and filters through the URL', async ({
  page,
  context,
}) => {
  const user = await signInAs(context, 'member');
  const db = testDb();
  const measures = await db.measure.findMany({
    where: { slug: { in: [MEASURE_SLUGS.hres240, MEASURE_SLUGS.losAngelesResolution] } },
  });
  await db.follow.createMany({ data: measures.map((m) => ({ userId: user.id, measureId: m.id })) });
  await open(page, '/dashboard');
  await page.getByText('Columns', { exact: true }).click();
  const chooser = form(page, 'Choose columns');
  await chooser.getByLabel('Our position').uncheck();
  await chooser.getByRole('button', { name: 'Save columns' }).click();
  await expect(chooser.getByRole('status')).toHaveText('Columns saved.');
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Title/ })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Our position' })).toHaveCount(0);

  await page.getByRole('columnheader', { name: /Title/ }).getByRole('link').click();
  await expect(page).toHaveURL(/\/dashboard\?sort=title$/);
  await page.goto('/dashboard?q=240');
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(1);
  await expect(page.getByRole('table').getByRole('rowheader')).toContainText('H.Res. 240');
});

test('marking the changes seen clears the new marks', async ({ page, context }) => {
  const user = await signInAs(context, 'member');
  const db = testDb();
  // A measure of this test's own: journeys running beside it change the seeded ones, which would be news here too.
  const measure = await createMeasure(db, { title: `Marked seen ${Date.now()}` });
  await db.follow.create({ data: { userId: user.id, measureId: measure.id } });
  await db.changeEvent.create({
    data: {
      actorLabel: 'import',
      entityType: 'sponsorship',
      entityId: '0',
      operation: 'create',
      measureId: measure.id,
      after: { kind: 'cosponsor', nameAsGiven: 'Rep. Imported' },
    },
  });
  await open(page, '/dashboard');
  const changes = page.getByRole('complementary', { name: 'What changed since your last visit' });
  await expect(changes.getByText('New cosponsor: Rep. Imported')).toBeVisible();
  await expect(page.locator('.tag-new')).toHaveCount(1);
  await changes.getByRole('button', { name: 'Mark all as seen' }).click();
  await expect(changes.getByText('Nothing new on what you follow.')).toBeVisible();
  await page.reload();
  await expect(page.locator('.tag-new')).toHaveCount(0);
});
