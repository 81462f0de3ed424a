// The holes issue 17 found by probing the running app, probed again against the production server: the session
// endpoint showing scripts the session token, sign-in redirecting off site, parallel guesses overrunning the sign-in
// limit, the limit locking an owner out, and a spoofed X-Forwarded-For escaping the per-address limit.
import { randomInt } from 'node:crypto';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { createTestUser, e2eBaseURL, SESSION_COOKIE, signInAs, testDb, uniqueEmail } from '@/e2e/fixtures/auth';
import { postForm, readForm } from '@/e2e/fixtures/http-form';
import { accountKey, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '@/lib/auth/rate-limit';

// Every sign-in hashes with argon2id (19 MiB) on a server shared with another worker; a test here signs in up to
// eight times or sends dozens of attempts, which took over a minute on a loaded two-core machine.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 180_000 });

const WRONG = 'do not match an account';
const TOO_MANY = 'Too many failed sign-in attempts';

/** A loopback address of its own (127.x.y.z reaches the server too), so these probes' failures do not count
 * against 127.0.0.1, which every other test's browser signs in from. */
const ownAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

const answerOf = (text: string) => (text.includes(TOO_MANY) ? 'too many' : text.includes(WRONG) ? 'wrong' : 'other');

async function signInWithForm(page: Page, email: string, password: string, path = '/sign-in') {
  await page.goto(path);
  const form = page.getByRole('form', { name: 'Sign in with your password' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('the session endpoint tells page scripts the name, role and expiry, never the session token', async ({
  page,
  context,
}) => {
  await signInAs(context, 'editor', { name: 'Ed Itor' });
  const token = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  await page.goto('/about');
  const { text, session } = await page.evaluate(async () => {
    const body = await (await fetch('/api/auth/session')).text();
    return { text: body, session: JSON.parse(body) as Record<string, unknown> };
  });
  expect(text).not.toContain(token);
  expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
  expect(session.user).toEqual({ name: 'Ed Itor', role: 'editor' });
  expect(Date.parse(String(session.expires))).toBeGreaterThan(Date.now());
  // The header's account menu, the one client reader of the session, still shows an editor's links.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Admin' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Account' })).toHaveAttribute('title', 'Ed Itor');
});

const OFF_SITE = [
  '/\t/evil.example/',
  '/.\\/evil.example/',
  '/\n/evil.example/',
  '/\r/evil.example/',
  '//evil.example',
  'https://evil.example',
  'javascript:alert(1)',
];

test('sign-in sends the browser back only to a path on this site', async ({ page }) => {
  const user = await createTestUser('member');
  for (const callbackUrl of OFF_SITE) {
    await signInWithForm(page, user.email, user.password, `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await expect(page, `callbackUrl ${JSON.stringify(callbackUrl)}`).toHaveURL(`${e2eBaseURL()}/account`);
  }
  // A path on the site is still where sign-in returns.
  await signInWithForm(
    page,
    user.email,
    user.password,
    `/sign-in?callbackUrl=${encodeURIComponent('/account/notifications')}`,
  );
  await expect(page).toHaveURL(`${e2eBaseURL()}/account/notifications`);
});

test('without JavaScript too, no callbackUrl leads off site or answers 500', async () => {
  const user = await createTestUser('member');
  const fields = await readForm('/sign-in', 'Sign in with your password');
  for (const callbackUrl of OFF_SITE) {
    const answer = await postForm('/sign-in', fields, { email: user.email, password: user.password, callbackUrl });
    expect({ callbackUrl, status: answer.status, location: answer.location }).toEqual({
      callbackUrl,
      status: 303,
      location: '/account',
    });
  }
});

test('20 wrong passwords sent at once: only the limit of them reach the password check', async () => {
  const user = await createTestUser('member');
  const address = ownAddress();
  const fields = await readForm('/sign-in', 'Sign in with your password', { localAddress: address });
  const answers = await Promise.all(
    Array.from({ length: 20 }, () =>
      postForm('/sign-in', fields, { email: user.email, password: 'wrong-password-0' }, { localAddress: address }),
    ),
  );
  const tally = answers.map((answer) => answerOf(answer.text));
  // An attempt that reached the password check answers "do not match"; one refused before it, "too many".
  expect(tally.filter((answer) => answer === 'wrong')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  expect(tally.filter((answer) => answer === 'too many')).toHaveLength(20 - MAX_FAILURES_PER_ACCOUNT);
  expect(await testDb().signInAttempt.count({ where: { key: accountKey(user.email) } })).toBe(MAX_FAILURES_PER_ACCOUNT);
});

test('the owner signs in from a recognised device while someone hammers the account', async ({ browser }) => {
  const owner = await createTestUser('member');
  const ownerContext = await browser.newContext();
  const strangerContext = await browser.newContext();
  try {
    const ownerPage = await ownerContext.newPage();
    await signInWithForm(ownerPage, owner.email, owner.password);
    await expect(ownerPage).toHaveURL(/\/account$/);
    await ownerPage.getByRole('button', { name: 'Sign out' }).click();
    await expect(ownerPage).toHaveURL(/\/$/);

    const attacker = ownAddress();
    const fields = await readForm('/sign-in', 'Sign in with your password', { localAddress: attacker });
    const guess = () =>
      postForm(
        '/sign-in',
        fields,
        { email: owner.email, password: `guess-${randomInt(1e9)}` },
        { localAddress: attacker },
      );
    const first = await Promise.all(Array.from({ length: 10 }, guess));
    expect(first.map((answer) => answerOf(answer.text))).toContain('too many'); // the account is locked now
    // Guessing goes on while the owner signs in.
    let hammering = true;
    const hammer = (async () => {
      const answers: string[] = [];
      for (let i = 0; hammering && i < 40; i += 1) answers.push(answerOf((await guess()).text));
      return answers;
    })();
    await signInWithForm(ownerPage, owner.email, owner.password);
    await expect(ownerPage).toHaveURL(/\/account$/);
    await expect(ownerPage.getByText(owner.email).first()).toBeVisible();
    hammering = false;
    expect(new Set(await hammer)).toEqual(new Set(['too many']));

    // A browser the account has never signed in on is still refused, even with the right password.
    const strangerPage = await strangerContext.newPage();
    await signInWithForm(strangerPage, owner.email, owner.password);
    await expect(strangerPage.getByRole('main').getByRole('alert')).toHaveText(new RegExp(TOO_MANY));
  } finally {
    await ownerContext.close();
    await strangerContext.close();
  }
});

test('a spoofed X-Forwarded-For does not escape the per-address limit', async () => {
  const address = ownAddress();
  const fields = await readForm('/sign-in', 'Sign in with your password', { localAddress: address });
  // A new account and a new X-Forwarded-For for every attempt: only the address they come from is the same.
  const answers = await Promise.all(
    Array.from({ length: MAX_FAILURES_PER_ADDRESS + 1 }, (_, i) =>
      postForm(
        '/sign-in',
        fields,
        { email: uniqueEmail('nobody'), password: 'wrong-password-0' },
        { localAddress: address, headers: { 'x-forwarded-for': `198.51.100.${i + 1}` } },
      ),
    ),
  );
  const tally = answers.map((answer) => answerOf(answer.text));
  expect(tally.filter((answer) => answer === 'wrong')).toHaveLength(MAX_FAILURES_PER_ADDRESS);
  expect(tally.filter((answer) => answer === 'too many')).toHaveLength(1);
});
