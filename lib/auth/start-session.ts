// Password sign-in and sign-up end here: the same database session Auth.js makes for a magic link (a row in
// Session and its token in the session cookie), so auth() reads both alike and deactivation ends both.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { sessionCookie, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/cookies';
import { db } from '@/lib/db';

export async function startSession(userId: string) {
  const sessionToken = randomUUID();
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, sessionToken, { ...options, expires });
}

/** The current session's token, to keep it when other sessions are ended. */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookie().name)?.value;
}

/** The client's address as the reverse proxy reports it, for the per-address sign-in limit. */
export async function clientAddress(): Promise<string> {
  const list = await headers();
  return list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'unknown';
}

/** Only paths on this site: an open redirect to another site through callbackUrl is refused. */
export function safeCallbackUrl(value: unknown, fallback = '/account'): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
