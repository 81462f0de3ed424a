'use server';
// Sign-in, sign-up, magic links, sign-out and password change: the account's server actions.
import { config } from '@/lib/config/env';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { recognisedDevice, rememberDevice } from '@/lib/auth/device-cookie';
import { authEnv, magicLinksEnabled } from '@/lib/auth/env';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { beginSignInAttempt, finishSignInAttempt } from '@/lib/auth/rate-limit';
import { clientAddress } from '@/lib/auth/request-address';
import { callbackPath } from '@/lib/auth/request-origin';
import { changePasswordSchema, magicLinkSchema, signInSchema, signUpSchema } from '@/lib/auth/schemas';
import { existingAccountNotice, welcomeMessage } from '@/lib/auth/sign-up-mail';
import { currentSessionToken, startSession } from '@/lib/auth/start-session';
import { db } from '@/lib/db';
import { createMailer } from '@/lib/email/transport';
import { siteUrl } from '@/lib/site';
import { createUser, findUserByEmail, updateUser } from '@/lib/users/mutations';

/** The same words for an unknown email and a wrong password, so the form does not tell which accounts exist. */
const WRONG_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

export const signInWithPassword = defineAction('auth.signIn', {
  permission: null,
  schema: signInSchema,
  async handler(_viewer, { email, password, callbackUrl }) {
    const client = { email, address: await clientAddress(), deviceId: await recognisedDevice(email) };
    const values = { email };
    // Counted before the password is checked, so parallel attempts cannot overrun the limit (lib/auth/rate-limit.ts).
    const { wait, attemptIds } = await beginSignInAttempt(db, client);
    if (wait > 0) {
      const orLink = magicLinksEnabled() ? ', or sign in with a link by email' : '';
      return {
        ok: false,
        status: 400,
        values,
        message: `Too many failed sign-in attempts. Try again in ${wait} minute${wait === 1 ? '' : 's'}${orLink}.`,
      };
    }
    const user = await findUserByEmail(db, email);
    const matches = await verifyPassword(user?.passwordHash, password);
    await finishSignInAttempt(db, client, attemptIds, matches);
    if (!user || !matches) return { ok: false, status: 400, values, message: WRONG_CREDENTIALS };
    if (user.deactivatedAt)
      return {
        ok: false,
        status: 403,
        values,
        message: 'This account has been deactivated. Ask an administrator to reactivate it.',
      };
    await startSession(user.id);
    await rememberDevice(email, client.deviceId);
    redirect(await callbackPath(callbackUrl));
  },
});

/**
 * The same answer for a new address and one that already has an account (the "check your email" page), so the form
 * does not tell anyone which addresses are members; the owner gets a welcome or a notice by mail
 * (lib/auth/sign-up-mail.ts). The password is hashed either way, so the time taken does not tell either.
 */
export const signUp = defineAction('auth.signUp', {
  permission: null,
  schema: signUpSchema,
  async handler(_viewer, { name, email, password }) {
    const passwordHash = await hashPassword(password);
    let created = false;
    if (!(await findUserByEmail(db, email))) {
      try {
        await createUser(db, { email, name, role: 'member', passwordHash }, (id) => ({ actorId: id }));
        created = true;
      } catch (error) {
        // The same address signed up twice at once: the other request made it, so this one is the "exists" case.
        if ((error as { code?: string }).code !== 'P2002') throw error;
      }
    }
    await sendSignUpMail(email, created);
    redirect('/sign-up/check-email');
  },
});

async function sendSignUpMail(email: string, created: boolean) {
  const env = authEnv();
  if (!env.smtpUrl) return; // no mail on this site: the page says so, alike for both cases
  // Links in the mail use the configured address, never the request's Host header, which the sender controls.
  const options = { from: env.emailFrom, siteUrl: config().authUrl ?? siteUrl() };
  const mailer = createMailer(env.smtpUrl, 1);
  try {
    await mailer.sendMail(created ? welcomeMessage(email, options) : existingAccountNotice(email, options));
  } catch (error) {
    // The answer stays the same: the account (if new) exists and signs in with its password.
    console.error(`Sign-up mail to ${email} not sent: ${(error as Error).message}`);
  } finally {
    mailer.close();
  }
}

export const requestMagicLink = defineAction('auth.magicLink', {
  permission: null,
  schema: magicLinkSchema,
  async handler(_viewer, { email, callbackUrl }) {
    if (!magicLinksEnabled())
      return { ok: false, status: 400, message: 'Email sign-in links are not available on this site.' };
    // Auth.js stores the token, sends the mail and redirects to the "check your email" page.
    const { signIn } = await import('@/lib/auth/config');
    await signIn('nodemailer', { email, redirectTo: await callbackPath(callbackUrl) });
    return { ok: true };
  },
});

export const signOutAction = defineAction('auth.signOut', {
  permission: 'account.manage',
  schema: magicLinkSchema.pick({}),
  async handler() {
    const { signOut } = await import('@/lib/auth/config');
    await signOut({ redirectTo: '/' });
    return { ok: true };
  },
});

export const changePassword = defineAction('auth.changePassword', {
  permission: 'account.manage',
  schema: changePasswordSchema,
  async handler(viewer, { currentPassword, newPassword }) {
    const user = await findUserByEmail(db, viewer.email);
    if (!user) return { ok: false, status: 401, message: 'Your account no longer exists.' };
    // An account made by a magic link has no password yet: it may set one without the current one.
    if (user.passwordHash && !(await verifyPassword(user.passwordHash, currentPassword ?? ''))) {
      return { ok: false, status: 400, errors: { currentPassword: ['This is not your current password.'] } };
    }
    await updateUser(db, viewer.id, { passwordHash: await hashPassword(newPassword) }, { actorId: viewer.id });
    // Other devices signed in with the old password are signed out; this one stays.
    const keep = await currentSessionToken();
    await db.session.deleteMany({ where: { userId: viewer.id, ...(keep ? { sessionToken: { not: keep } } : {}) } });
    return { ok: true, message: 'Your password has been changed. Other devices have been signed out.' };
  },
});
