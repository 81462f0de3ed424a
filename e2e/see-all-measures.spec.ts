import { expect, test } from '@playwright/test';
import { testDb } from './fixtures/auth';
import { createBody, createJurisdiction, createMeasure, createPerson } from '@/prisma/factories';

// Person and body pages show the most recent measures with the true totals; "see all" opens the measures list
// filtered to the complete set, and a filter naming no one says so.

const SHOWN = 20; // lib/people/queries.ts PERSON_MEASURES_SHOWN
const BODY_SHOWN = 10; // lib/bodies/queries.ts BODY_MEASURES_SHOWN
const COUNT = SHOWN + 2;

test.describe.configure({ timeout: 120_000 });

async function prolificSponsor(run: string) {
  const db = testDb();
  const jurisdiction = await createJurisdiction(db, { name: `Seeallia ${run}` });
  const council = await createBody(db, { name: `Seeallia Council ${run}`, jurisdictionId: jurisdiction.id });
  const sponsor = await createPerson(db, { name: `Prolific Sponsor ${run}` });
  for (let i = 0; i < COUNT; i++) {
    const measure = await createMeasure(db, {
      title: `Seeallia resolution ${run} no. ${i}`,
      originBodyId: council.id,
      sponsors: [{ personId: sponsor.id }],
    });
    await db.measure.update({
      where: { id: measure.id },
      data: { lastActionDate: new Date(Date.UTC(2025, 0, 1 + i)) },
    });
  }
  return { council, sponsor };
}

test('a person page shows the most recent sponsored measures, and "see all" lists every one', async ({ page }) => {
  const run = String(Date.now() % 1e8);
  const { sponsor } = await prolificSponsor(run);

  await page.goto(`/people/${sponsor.slug}`);
  const sponsored = page.getByRole('region', { name: `Sponsored measures (${COUNT})` });
  await expect(sponsored.getByRole('table').getByRole('row')).toHaveCount(SHOWN + 1);
  await expect(sponsored.getByRole('row').nth(1)).toContainText(`no. ${COUNT - 1}`);
  await expect(sponsored).toContainText(`The ${SHOWN} most recent of ${COUNT}.`);

  await sponsored.getByRole('link', { name: `See all ${COUNT} measures ${sponsor.name} sponsored` }).click();
  await expect(page).toHaveURL(new RegExp(`/measures\\?sponsor=${sponsor.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Measures sponsored by ${sponsor.name}`);
  await expect(page).toHaveTitle(new RegExp(`Measures sponsored by ${sponsor.name}`));
  const table = page.getByRole('main').getByRole('table');
  await expect(table.getByRole('caption')).toContainText(`Measures 1–${COUNT} of ${COUNT}`);
  await expect(table.getByRole('link', { name: new RegExp(`Seeallia resolution ${run} no. 0$`) })).toBeVisible();

  // Other filters keep the person's: the filter form carries it along.
  await page.getByRole('form', { name: 'Filter measures' }).getByLabel('Type').selectOption('resolution');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`sponsor=${sponsor.slug}`));
  await expect(table.getByRole('caption')).toContainText(`of ${COUNT}`);

  await page.getByRole('link', { name: 'Remove this filter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measures');
});

test('a body page shows the most recent measures from it, and "see all" lists every one', async ({ page }) => {
  const run = String(Date.now() % 1e8);
  const { council } = await prolificSponsor(run);

  await page.goto(`/bodies/${council.slug}`);
  const origin = page.getByRole('region', { name: `Measures from this body (${COUNT})` });
  await expect(origin.getByRole('table').getByRole('row')).toHaveCount(BODY_SHOWN + 1);
  await expect(origin.getByRole('row').nth(1)).toContainText(`no. ${COUNT - 1}`);
  await origin.getByRole('link', { name: `See all ${COUNT} measures from the ${council.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/measures\\?body=${council.slug}$`));
  await expect(page.getByRole('main').getByRole('table').getByRole('caption')).toContainText(`of ${COUNT}`);
});

test("a body page names a council's members, and a chamber's parties and officers, with a link to everyone", async ({
  page,
}) => {
  const db = testDb();
  const run = String(Date.now() % 1e8);
  const MEMBERS_SHOWN = 30; // lib/bodies/queries.ts BODY_MEMBERS_SHOWN
  const jurisdiction = await createJurisdiction(db, { name: `Memberia ${run}` });
  const seat = async (
    bodyId: number,
    i: number,
    data: { role?: string; party?: string | null; endDate?: Date } = {},
  ) => {
    const n = String(i).padStart(2, '0');
    const person = await createPerson(db, { name: `Seat Holder ${run}-${n}`, familyName: `Holder ${run}-${n}` });
    await db.membership.create({
      data: {
        personId: person.id,
        bodyId,
        role: data.role ?? 'Member',
        district: String(i + 1),
        party: data.party ?? null,
        endDate: data.endDate ?? null,
      },
    });
  };

  // A council: every current member by name, no link when there is no one else.
  const council = await createBody(db, { name: `Memberia Council ${run}`, jurisdictionId: jurisdiction.id });
  for (let i = 0; i < 3; i++) await seat(council.id, i, { party: 'Blue' });
  await page.goto(`/bodies/${council.slug}`);
  let members = page.getByRole('region', { name: 'Current members (3)' });
  await expect(members.getByRole('listitem')).toHaveCount(3);
  await expect(members.getByRole('listitem').first()).toHaveText(`Seat Holder ${run}-00, Member · District 1 · Blue`);
  await expect(members.getByRole('link', { name: /See all/ })).toHaveCount(0);

  // A chamber: more than MEMBERS_SHOWN current members, one former.
  const chamber = await createBody(db, {
    name: `Memberia Assembly ${run}`,
    jurisdictionId: jurisdiction.id,
    classification: 'chamber',
  });
  const current = MEMBERS_SHOWN + 1;
  for (let i = 0; i < current; i++) {
    await seat(chamber.id, i, {
      role: i === 5 ? 'Speaker' : 'Member',
      party: i === current - 1 ? null : i % 2 === 0 ? 'Blue' : 'Green',
    });
  }
  await seat(chamber.id, current, { endDate: new Date('2020-12-31') });
  await page.goto(`/bodies/${chamber.slug}`);
  members = page.getByRole('region', { name: `Current members (${current})` });
  await expect(members).toContainText('By party: Blue 15 · Green 15 · no party recorded 1');
  await expect(members.getByRole('heading', { name: 'Officers' })).toBeVisible();
  await expect(members.getByRole('listitem')).toHaveCount(1);
  await expect(members.getByRole('listitem')).toHaveText(`Seat Holder ${run}-05, Speaker · District 6 · Green`);
  await members
    .getByRole('link', { name: `See all ${current + 1} members of the ${chamber.name}, current and former` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/bodies/${chamber.slug}/members$`));
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(current + 1);
  await expect(page.getByRole('main').getByRole('listitem').last()).toContainText(`Seat Holder ${run}-${current}`);
});

test('the founding case: measures addressed to Azerbaijan, and a list filtered by someone not on record', async ({
  page,
}) => {
  await page.goto('/measures?addressee=azerbaijan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measures addressed to Government of Azerbaijan');
  await expect(page.getByRole('main').getByRole('table').getByRole('link', { name: 'H.Res. 240' })).toBeVisible();

  const response = await page.goto('/measures?cosponsor=no-such-person');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('status').first()).toContainText('No person on record at “no-such-person”');
  await page.getByRole('link', { name: 'Remove this filter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measures');
});
