// A recognised device: after a right password, the browser gets a long-lived cookie naming a random device id and
// the account, signed with AUTH_SECRET. Its next sign-in to that account is limited under the device, not under the
// account (lib/auth/rate-limit.ts), so an account locked by someone else's guessing still opens for its owner on a
// device they have used before. The cookie grants nothing by itself: the password is still checked.
import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { authEnv } from '@/lib/auth/env';

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function deviceCookieName(): string {
  return authEnv().production ? '__Secure-rt-sign-in-device' : 'rt-sign-in-device';
}

const signature = (secret: string, email: string, deviceId: string) =>
  createHmac('sha256', secret).update(`sign-in device\n${email.trim().toLowerCase()}\n${deviceId}`).digest('base64url');

/** The cookie's value for this account and device: `<device id>.<signature>` (the email is not in it). */
export function deviceCookieValue(secret: string, email: string, deviceId: string): string {
  return `${deviceId}.${signature(secret, email, deviceId)}`;
}

/** The device id when `value` was issued by this server for this account; null otherwise. */
export function deviceIdFromCookie(secret: string, email: string, value: string | undefined): string | null {
  const [deviceId, given, extra] = (value ?? '').split('.');
  if (!deviceId || !given || extra !== undefined || !/^[A-Za-z0-9_-]{16,64}$/.test(deviceId)) return null;
  const expected = Buffer.from(signature(secret, email, deviceId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}

/** The recognised device id of this browser for `email`, or null. */
export async function recognisedDevice(email: string): Promise<string | null> {
  return deviceIdFromCookie(authEnv().secret, email, (await cookies()).get(deviceCookieName())?.value);
}

/** After a right password: this browser is recognised for `email` from now on (one account per browser, the last). */
export async function rememberDevice(email: string, deviceId?: string | null) {
  const id = deviceId ?? randomBytes(18).toString('base64url');
  (await cookies()).set(deviceCookieName(), deviceCookieValue(authEnv().secret, email, id), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: authEnv().production,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
