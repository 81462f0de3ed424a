// Password sign-in and sign-up end here: the same database session Auth.js makes for a magic link (a row in
// Session and its token in the session cookie), so auth() reads both alike and deactivation ends both.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
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
