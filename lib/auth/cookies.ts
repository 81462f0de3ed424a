import { authEnv } from '@/lib/auth/env';

/** Days a session lasts without use; each day of use extends it (Auth.js `updateAge`). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Session cookies are httpOnly and sameSite=lax always, secure in production. `__Secure-` is the prefix browsers
 * require for secure cookies of that name; Auth.js and the password sign-in (lib/auth/password-sign-in.ts) both
 * use this name, so either way of signing in makes the same kind of session.
 */
export function sessionCookie() {
  const secure = authEnv().production;
  return {
    name: `${secure ? '__Secure-' : ''}authjs.session-token`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  };
}
