// Auth.js v5 with database sessions (the Session table): a session is a random token in an httpOnly cookie and a
// row in PostgreSQL, so deactivating a user or signing out ends it on the next request, everywhere. Password
// sign-in does not use Auth.js's Credentials provider, which works only with JWT sessions; it checks the password
// and creates the same session row itself (lib/auth/password-sign-in.ts). Magic links use the Nodemailer provider.
import 'server-only';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Nodemailer from 'next-auth/providers/nodemailer';
import { trackerAdapter, type StoredUser } from '@/lib/auth/adapter';
import { sessionCookie, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/cookies';
import { authEnv } from '@/lib/auth/env';
import { sameOriginPath } from '@/lib/auth/safe-redirect';
import { config as appConfig } from '@/lib/config/env';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: { name: string | null; role: Role };
  }
}

function config(): NextAuthConfig {
  const env = authEnv();
  return {
    secret: env.secret,
    trustHost: true,
    adapter: trackerAdapter(db),
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    useSecureCookies: env.production,
    cookies: { sessionToken: sessionCookie() },
    providers: env.smtpUrl ? [Nodemailer({ server: env.smtpUrl, from: env.emailFrom })] : [],
    pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in' },
    callbacks: {
      // Only paths on this site (lib/auth/safe-redirect.ts), answered as a path so the browser stays on the host it
      // used (the server may know itself under another name, e.g. localhost for 127.0.0.1, and the session cookie is
      // per host).
      redirect({ url, baseUrl }) {
        return sameOriginPath(url, [baseUrl, appConfig().authUrl], '/');
      },
      // A deactivated account gets no magic link and cannot complete one sent before.
      signIn({ user }) {
        return !(user as Partial<StoredUser>).deactivatedAt;
      },
      // What GET /api/auth/session answers, readable by any script on the site: only what the header needs. Auth.js
      // hands this callback the whole Session row, whose sessionToken is the secret the httpOnly cookie keeps from
      // scripts, so the row is never spread into the answer. Server code reads the viewer from the database instead
      // (lib/auth/session.ts).
      session({ session, user }) {
        const stored = user as unknown as StoredUser;
        return { user: { name: stored.name, role: stored.role }, expires: session.expires };
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
