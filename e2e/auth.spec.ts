// Accounts, in a real browser against the production server: password sign-in errors, refusal of a member on an
// editor page, a magic link through a real SMTP server, deactivation ending a session, sign-up and password change.
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { createTestUser, e2eBaseURL, signInAs, testDb, uniqueEmail } from '@/e2e/fixtures/auth';
import { verifyPassword } from '@/lib/auth/password';
import { decodeQuotedPrintable, mailHeader, startTestSmtpServer } from '@/lib/email/smtp-test-server';
import { httpGet, postForm, readForm } from '@/e2e/fixtures/http-form';

// Each sign-in hashes with argon2id (19 MiB) on a server shared with another worker: allow it a few seconds.
const expect = baseExpect.configure({ timeout: 15_000 });

/** The form's own alert (Next's route announcer is an alert too). */
const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');

async function signInWithForm(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in with your password' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

test('a wrong password and an unknown email get the same clear error, and the email is kept', async ({ page }) => {
  const user = await createTestUser('member');
  await signInWithForm(page, user.email, 'not-the-password');
  const alert = formAlert(page);
  await expect(alert).toHaveText(/do not match an account/);
  const wrongPassword = await alert.textContent();
  await expect(page.getByLabel('Email').first()).toHaveValue(user.email);

  await signInWithForm(page, uniqueEmail('nobody'), 'whatever-password');
  await expect(formAlert(page)).toHaveText(wrongPassword ?? '');

  await signInWithForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(user.email).first()).toBeVisible();
});

test('a member opening an editor page is refused', async ({ page, context }) => {
  await signInAs(context, 'member');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account' })).toBeVisible();
});

// The tests that listen on the e2e SMTP port (E2E_SMTP_PORT) run one after another: only one can hold it.
test.describe('mail through a real SMTP server', () => {
  test.describe.configure({ mode: 'serial' });

  test('a magic link sign-in completes through a real SMTP server', async ({ page }) => {
    const port = Number(process.env.E2E_SMTP_PORT);
    const messages: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      onData(stream, _session, callback) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          messages.push(text);
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    try {
      const email = uniqueEmail('magic');
      await page.goto('/sign-in');
      const form = page.getByRole('form', { name: 'Sign in with an email link' });
      await form.getByLabel('Email for the sign-in link').fill(email);
      await form.getByRole('button', { name: 'Email me a sign-in link' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

      await expect
        .poll(() => messages.find((message) => message.includes(`To: ${email}`)), { timeout: 15_000 })
        .toBeTruthy();
      const mail = messages.find((message) => message.includes(`To: ${email}`)) ?? '';
      // Quoted-printable soft line breaks and escapes undone, then the callback link taken from the text part.
      const decoded = mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const link = decoded.match(/https?:\/\/[^\s"<>]+\/api\/auth\/callback\/nodemailer\?[^\s"<>]+/)?.[0];
      expect(link, 'the mail holds a sign-in link').toBeTruthy();

      await page.goto(link!.replace(/&amp;/g, '&'));
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(email).first()).toBeVisible();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a magic link never leads off site, whatever callbackUrl it was asked with', async () => {
    const smtp = await startTestSmtpServer(Number(process.env.E2E_SMTP_PORT));
    try {
      const fields = await readForm('/sign-in', 'Sign in with an email link');
      const variants = [
        '/\t/evil.example/',
        '/.\\/evil.example/',
        '/\n/evil.example/',
        '/\r/evil.example/',
        '//evil.example',
        'https://evil.example',
        'javascript:alert(1)',
      ];
      await Promise.all(
        variants.map(async (callbackUrl) => {
          const email = uniqueEmail('magic-redirect');
          const asked = await postForm('/sign-in', fields, { email, callbackUrl });
          expect({
            callbackUrl,
            status: asked.status,
            origin: new URL(asked.location ?? '', e2eBaseURL()).origin,
          }).toEqual({ callbackUrl, status: 303, origin: e2eBaseURL() });
          await expect
            .poll(() => smtp.messages.some((message) => message.to.includes(email)), { timeout: 15_000 })
            .toBe(true);
          const mail = decodeQuotedPrintable(smtp.messages.find((message) => message.to.includes(email))!.raw);
          const link = mail
            .match(/https?:\/\/[^\s"<>]+\/api\/auth\/callback\/nodemailer\?[^\s"<>]+/)![0]
            .replace(/&amp;/g, '&');
          // Auth.js's redirect callback decides where the link lands.
          const landed = await httpGet(new URL(link).pathname + new URL(link).search);
          expect({ callbackUrl, status: landed.status, location: landed.location }).toEqual({
            callbackUrl,
            status: 302,
            location: '/account',
          });
        }),
      );
    } finally {
      await smtp.close();
    }
  });

  test('sign-up answers alike for a new and an existing address, and mails the existing owner a notice', async ({
    browser,
  }) => {
    const smtp = await startTestSmtpServer(Number(process.env.E2E_SMTP_PORT));
    try {
      const existing = await createTestUser('member');
      const fresh = uniqueEmail('fresh');
      const answers: { url: string; text: string }[] = [];
      for (const email of [existing.email, fresh]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto('/sign-up');
        const form = page.getByRole('form', { name: 'Create an account' });
        await form.getByLabel('Email').fill(email);
        await form.getByLabel('Password', { exact: true }).fill('chosen-password-1');
        await form.getByLabel('Password again').fill('chosen-password-1');
        await form.getByRole('button', { name: 'Create account' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
        // The page streams its explanation in after the heading: read it once it is there, not the fallback.
        await expect(page.getByRole('main')).toContainText('We sent a message to the address you gave');
        answers.push({ url: page.url(), text: await page.getByRole('main').innerText() });
        await context.close();
      }
      expect(answers[1]).toEqual(answers[0]);

      const to = (email: string) => () =>
        smtp.messages
          .filter((message) => message.to.includes(email))
          .map((message) => mailHeader(message.raw, 'subject'));
      await expect
        .poll(to(existing.email), { timeout: 15_000 })
        .toEqual(['Someone tried to create a Resolution Tracker account with your address']);
      await expect.poll(to(fresh), { timeout: 15_000 }).toEqual(['Your Resolution Tracker account is ready']);
      // The existing account is unchanged: its own password still signs in, the one typed at sign-up does not.
      const user = await testDb().user.findUniqueOrThrow({
        where: { email: existing.email },
        select: { passwordHash: true },
      });
      expect(await verifyPassword(user.passwordHash, existing.password)).toBe(true);
      expect(await testDb().user.count({ where: { email: fresh } })).toBe(1);
    } finally {
      await smtp.close();
    }
  });
});

test("a deactivated user's session stops working", async ({ browser }) => {
  const memberContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const member = await signInAs(memberContext, 'member');
    await signInAs(adminContext, 'admin');
    const memberPage = await memberContext.newPage();
    await memberPage.goto('/account');
    await expect(memberPage.getByText(member.email).first()).toBeVisible();

    const adminPage = await adminContext.newPage();
    await adminPage.goto('/admin/users');
    await adminPage.getByRole('button', { name: `Deactivate ${member.email}` }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: `${member.email}: deactivated` })).toBeVisible();

    await memberPage.reload();
    await expect(memberPage).toHaveURL(/\/sign-in\?callbackUrl=/);
    // And the password no longer signs in.
    await signInWithForm(memberPage, member.email, member.password);
    await expect(formAlert(memberPage)).toHaveText(/deactivated/);
  } finally {
    await memberContext.close();
    await adminContext.close();
  }
});

test('sign up, change the password, sign out and sign in with the new one', async ({ page }) => {
  const email = uniqueEmail('signup');
  await page.goto('/sign-up');
  const signUp = page.getByRole('form', { name: 'Create an account' });
  await signUp.getByLabel('Email').fill(email);
  await signUp.getByLabel('Password', { exact: true }).fill('short');
  await signUp.getByLabel('Password again').fill('short');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  await expect(signUp.getByText('Use at least 10 characters.')).toBeVisible();
  await expect(signUp.getByLabel('Email')).toHaveValue(email);

  await signUp.getByLabel('Password', { exact: true }).fill('first-password-1');
  await signUp.getByLabel('Password again').fill('first-password-1');
  await signUp.getByRole('button', { name: 'Create account' }).click();
  // Sign-up does not sign in (its answer must not tell a new address from a member's): the new account signs in.
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await signInWithForm(page, email, 'first-password-1');
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText('member', { exact: true })).toBeVisible();
  expect((await testDb().user.findUnique({ where: { email } }))?.role).toBe('member');

  const change = page.getByRole('form', { name: 'Change password' });
  await change.getByLabel('Current password').fill('wrong-password-0');
  await change.getByLabel('New password', { exact: true }).fill('second-password-2');
  await change.getByLabel('New password again').fill('second-password-2');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(change.getByText('This is not your current password.')).toBeVisible();

  await change.getByLabel('Current password').fill('first-password-1');
  await change.getByLabel('New password', { exact: true }).fill('second-password-2');
  await change.getByLabel('New password again').fill('second-password-2');
  await change.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText(/password has been changed/);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/$/);
  await signInWithForm(page, email, 'first-password-1');
  await expect(formAlert(page)).toHaveText(/do not match/);
  await signInWithForm(page, email, 'second-password-2');
  await expect(page).toHaveURL(/\/account$/);
});
