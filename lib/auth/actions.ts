'use server';
// Sign-in, sign-up, magic links, sign-out and password change: the account's server actions.
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { magicLinksEnabled } from '@/lib/auth/env';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { recordSignInAttempt, signInBlockedFor } from '@/lib/auth/rate-limit';
import { changePasswordSchema, magicLinkSchema, signInSchema, signUpSchema } from '@/lib/auth/schemas';
import { clientAddress, currentSessionToken, safeCallbackUrl, startSession } from '@/lib/auth/start-session';
import { db } from '@/lib/db';
import { createUser, findUserByEmail, updateUser } from '@/lib/users/mutations';

/** The same words for an unknown email and a wrong password, so the form does not tell which accounts exist. */
const WRONG_CREDENTIALS = 'That email and password do not match an account. Check both and try again.';

export const signInWithPassword = defineAction('auth.signIn', {
  permission: null,
  schema: signInSchema,
  async handler(_viewer, { email, password, callbackUrl }) {
    const address = await clientAddress();
    const values = { email };
    const wait = await signInBlockedFor(db, email, address);
    if (wait > 0) {
      return { ok: false, status: 400, values, message: `Too many failed sign-in attempts. Try again in ${wait} minute${wait === 1 ? '' : 's'}.` };
    }
    const user = await findUserByEmail(db, email);
    const matches = await verifyPassword(user?.passwordHash, password);
    await recordSignInAttempt(db, email, address, matches);
    if (!user || !matches) return { ok: false, status: 400, values, message: WRONG_CREDENTIALS };
    if (user.deactivatedAt) return { ok: false, status: 403, values, message: 'This account has been deactivated. Ask an administrator to reactivate it.' };
    await startSession(user.id);
    redirect(safeCallbackUrl(callbackUrl));
  },
});

export const signUp = defineAction('auth.signUp', {
  permission: null,
  schema: signUpSchema,
  async handler(_viewer, { name, email, password }) {
    if (await findUserByEmail(db, email)) {
      return { ok: false, status: 409, values: { name: name ?? '', email }, errors: { email: ['An account with this email already exists: sign in instead.'] } };
    }
    const user = await createUser(db, { email, name, role: 'member', passwordHash: await hashPassword(password) }, (id) => ({ actorId: id }));
    await startSession(user.id);
    redirect('/account');
  },
});

export const requestMagicLink = defineAction('auth.magicLink', {
  permission: null,
  schema: magicLinkSchema,
  async handler(_viewer, { email, callbackUrl }) {
    if (!magicLinksEnabled()) return { ok: false, status: 400, message: 'Email sign-in links are not available on this site.' };
    // Auth.js stores the token, sends the mail and redirects to the "check your email" page.
    const { signIn } = await import('@/lib/auth/config');
    await signIn('nodemailer', { email, redirectTo: safeCallbackUrl(callbackUrl) });
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
