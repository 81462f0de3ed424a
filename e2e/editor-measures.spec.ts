import { expect, test, type Page } from '@playwright/test';
import { signInAs, testDb } from './fixtures/auth';
import { createBody, createJurisdiction, createMeasure, createPerson } from '@/prisma/factories';

// The measure editor: what an editor saves is on the public page at once, two editors cannot overwrite each
// other, and a bad input is explained beside its field with what was typed kept.

async function council(run: string) {
  const db = testDb();
  const jurisdiction = await createJurisdiction(db, { name: `Editorville ${run}` });
  const body = await createBody(db, { name: `Editorville Council ${run}`, jurisdictionId: jurisdiction.id });
  return { jurisdiction, body, bodyLabel: `${body.name} (${jurisdiction.name})` };
}

// Each journey is several saves, each a transaction and a render of the edit page: on two shared cores that can
// pass the project's 60 s, which is meant for one page visit and a check.
test.describe.configure({ timeout: 120_000 });

const form = (page: Page, name: string) => page.getByRole('form', { name });

test('an admin creates a measure with an action and a sponsor, and the public page shows it at once', async ({
  page,
  context,
  browser,
}) => {
  const run = String(Date.now() % 1e8);
  const { bodyLabel } = await council(run);
  const sponsor = await createPerson(testDb(), { name: `Dana Sponsor ${run}` });
  await signInAs(context, 'admin');
  // An anonymous visitor's search is a cached page (proxy.ts rewrites it to its view) over an answer cached per
  // query: ask first, so the page without the measure is what is cached.
  const visitor = await (await browser.newContext()).newPage();
  const search = `/search?q=parks+${run}`;
  await visitor.goto(search);
  await expect(visitor.getByRole('status').first()).toContainText(`0 measures match “parks ${run}”`);

  await page.goto('/admin/measures/new');
  const details = form(page, 'New measure');
  await details.getByLabel('Identifier').fill(`Res. ${run}`);
  await details.getByLabel('Title').fill(`Calling for more parks ${run}`);
  await details.getByLabel('Body it comes from').selectOption({ label: bodyLabel });
  await details.getByLabel('Date introduced').fill('2026-01-05');
  await details.getByRole('button', { name: 'Create measure' }).click();
  await expect(page).toHaveURL(/\/admin\/measures\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Res. ${run}`);

  const addAction = form(page, 'Add an action');
  await addAction.getByLabel('Date', { exact: false }).first().fill('2026-01-20');
  await addAction.getByLabel('Action text').fill('Adopted by the council');
  await addAction.getByRole('button', { name: 'Add action' }).click();
  await expect(addAction.getByRole('status')).toContainText('Action added');

  const addSponsor = form(page, 'Add a sponsor');
  await addSponsor.getByLabel('Person').selectOption({ label: sponsor.name });
  await addSponsor.getByLabel('Role').selectOption('primary');
  await addSponsor.getByRole('button', { name: 'Add sponsor' }).click();
  await expect(addSponsor.getByRole('status')).toContainText('Sponsor added');

  const publicLink = page.getByRole('link', { name: /^\/measures\// });
  const href = await publicLink.getAttribute('href');
  expect(href).toMatch(new RegExp(`^/measures/editorville-.+-res-${run}$`));
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Calling for more parks ${run}`);
  await expect(page.getByText('Adopted by the council')).toBeVisible();
  await expect(page.getByRole('link', { name: sponsor.name }).first()).toBeVisible();
  await expect(page.getByText('Adopted', { exact: true }).first()).toBeVisible();

  // Saving revalidated the cached search: the same query now finds the measure, with its sponsor as a facet.
  const again = await visitor.goto(search);
  expect(again?.headers()['cache-control'], 'served from the search view').toMatch(/s-maxage/);
  await expect(visitor.getByRole('status').first()).toContainText(`1 measure match “parks ${run}”`);
  await expect(
    visitor.getByRole('main').getByRole('link', { name: new RegExp(`Calling for more parks`) }),
  ).toBeVisible();
  await expect(
    visitor
      .getByRole('navigation', { name: 'Narrow the results' })
      .getByRole('link', { name: new RegExp(sponsor.name) }),
  ).toBeVisible();
  await visitor.context().close();
});

test('two editors save the same measure: the second is refused and shown the current version', async ({ browser }) => {
  const run = Date.now().toString(36);
  const { body } = await council(run);
  const measure = await createMeasure(testDb(), { title: `Race measure ${run}`, originBodyId: body.id });
  const [alice, bob] = [await browser.newContext(), await browser.newContext()];
  await signInAs(alice, 'editor', { name: `Alice ${run}` });
  await signInAs(bob, 'editor', { name: `Bob ${run}` });
  const [pageA, pageB] = [await alice.newPage(), await bob.newPage()];
  await pageA.goto(`/admin/measures/${measure.id}`);
  await pageB.goto(`/admin/measures/${measure.id}`);

  await form(pageA, 'Details').getByLabel('Title').fill(`Alice’s title ${run}`);
  await form(pageA, 'Details').getByRole('button', { name: 'Save details' }).click();
  await expect(form(pageA, 'Details').getByRole('status')).toHaveText('Details saved.');

  const detailsB = form(pageB, 'Details');
  await detailsB.getByLabel('Title').fill(`Bob’s title ${run}`);
  await detailsB.getByRole('button', { name: 'Save details' }).click();
  const alert = detailsB.getByRole('alert');
  await expect(alert).toContainText('Someone else saved this measure');
  await expect(alert).toContainText(`Alice ${run}`);
  await expect(alert).toContainText('version 2 is now current');
  await expect(alert).toContainText(`Alice’s title ${run}`);
  // Bob's typing is kept for him to compare; nothing of it was saved.
  await expect(detailsB.getByLabel('Title')).toHaveValue(`Bob’s title ${run}`);
  const stored = await testDb().measure.findUniqueOrThrow({ where: { id: measure.id } });
  expect(stored).toMatchObject({ title: `Alice’s title ${run}`, version: 2 });

  await pageB.reload();
  await expect(form(pageB, 'Details').getByLabel('Title')).toHaveValue(`Alice’s title ${run}`);
  await alice.close();
  await bob.close();
});

test('a bad input shows its error beside the field and keeps what was typed', async ({ page, context }) => {
  const run = Date.now().toString(36);
  const { bodyLabel } = await council(run);
  await signInAs(context, 'editor');
  await page.goto('/admin/measures/new');
  const details = form(page, 'New measure');
  await details.getByLabel('Title').fill(`Kept title ${run}`);
  await details.getByLabel('Body it comes from').selectOption({ label: bodyLabel });
  await details.getByLabel('Link to the text').fill('javascript:alert(1)');
  await details.getByLabel('Date introduced').fill('2026-01-05');
  await details.getByRole('button', { name: 'Create measure' }).click();

  const link = details.getByLabel('Link to the text');
  await expect(link).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await link.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(`[id="${describedBy.at(-1)}"]`)).toHaveText(
    'Link to the text must start with http:// or https://.',
  );
  await expect(link).toHaveValue('javascript:alert(1)');
  await expect(details.getByLabel('Title')).toHaveValue(`Kept title ${run}`);
  await expect(details.getByLabel('Body it comes from')).toHaveValue(/\d+/);
  await expect(page).toHaveURL(/\/admin\/measures\/new$/);

  // A member is not an editor.
  const memberContext = await page.context().browser()!.newContext();
  await signInAs(memberContext, 'member');
  const memberPage = await memberContext.newPage();
  await memberPage.goto('/admin/measures/new');
  await expect(memberPage.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(memberPage.getByRole('form', { name: 'New measure' })).toHaveCount(0);
  await memberContext.close();
});

test('an editor corrects an addressee in place; only an admin can delete the measure, by typing its name', async ({
  browser,
}) => {
  const run = String(Date.now() % 1e8);
  const { body } = await council(run);
  const db = testDb();
  const measure = await createMeasure(db, {
    identifier: `Res. ${run}`,
    title: `Calling upon a government ${run}`,
    originBodyId: body.id,
  });
  await db.measureTarget.create({
    data: { measureId: measure.id, verb: 'calls_upon', entityName: `Azerbajan ${run}`, position: 0 },
  });

  const editorContext = await browser.newContext();
  await signInAs(editorContext, 'editor');
  const page = await editorContext.newPage();
  await page.goto(`/admin/measures/${measure.id}`);
  await expect(form(page, 'Delete this measure')).toHaveCount(0);
  await page.getByText('Edit this addressee').click();
  const edit = form(page, `Edit addressee Azerbajan ${run}`);
  await edit.getByLabel('Or name').fill(`Azerbaijan ${run}`);
  await edit.getByLabel('Role as written').fill('Government');
  await edit.getByRole('button', { name: 'Save addressee' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Addressee saved.' })).toBeVisible();
  await page.goto(`/measures/${measure.slug}`);
  await expect(page.getByText(`Azerbaijan ${run}`)).toBeVisible();
  await expect(page.getByText(`Azerbajan ${run}`)).toHaveCount(0);
  await editorContext.close();

  const adminContext = await browser.newContext();
  await signInAs(adminContext, 'admin');
  const admin = await adminContext.newPage();
  await admin.goto(`/admin/measures/${measure.id}`);
  const remove = form(admin, 'Delete this measure');
  await remove.getByLabel(`Type “Res. ${run}” to confirm`).fill('delete');
  await remove.getByRole('button', { name: 'Delete measure' }).click();
  await expect(remove.getByText(`Type “Res. ${run}” exactly to confirm.`)).toBeVisible();
  expect(await db.measure.count({ where: { id: measure.id } })).toBe(1);

  await remove.getByLabel(`Type “Res. ${run}” to confirm`).fill(`Res. ${run}`);
  await remove.getByRole('button', { name: 'Delete measure' }).click();
  await expect(admin).toHaveURL(/\/admin\/measures\?deleted=1$/);
  await expect(admin.getByRole('status')).toHaveText('Measure deleted.');
  const response = await admin.goto(`/measures/${measure.slug}`);
  expect(response?.status()).toBe(404);
  await adminContext.close();
});
