// Auth configuration from the environment, checked with zod the first time the auth code loads: a production
// server without AUTH_SECRET stops with the variable's name instead of signing sessions with a guessable key.
import { z } from 'zod';

/** Development and tests only: known to everyone, so never accepted in production. */
export const DEV_AUTH_SECRET = 'resolution-tracker-development-secret-not-for-production';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:pass@host:587' }).optional(),
  EMAIL_FROM: z.string().min(3).default('Resolution Tracker <no-reply@localhost>'),
});

export type AuthEnv = { secret: string; smtpUrl: string | undefined; emailFrom: string; production: boolean };

export function parseAuthEnv(env: Record<string, string | undefined>): AuthEnv {
  const blank = (value: string | undefined) => (value && value.trim() ? value : undefined);
  const parsed = schema.safeParse({
    NODE_ENV: env.NODE_ENV,
    AUTH_SECRET: blank(env.AUTH_SECRET),
    SMTP_URL: blank(env.SMTP_URL),
    EMAIL_FROM: blank(env.EMAIL_FROM),
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid auth configuration: ${problems}`);
  }
  const { NODE_ENV, AUTH_SECRET, SMTP_URL, EMAIL_FROM } = parsed.data;
  const production = NODE_ENV === 'production';
  // `next build` loads this module to prerender, without the runtime secrets; the running server checks again.
  const building = env.NEXT_PHASE === 'phase-production-build';
  if (!AUTH_SECRET && production && !building) {
    throw new Error('AUTH_SECRET is not set. A production server needs it to sign sessions: set AUTH_SECRET to a random string of 32 or more characters.');
  }
  return { secret: AUTH_SECRET ?? DEV_AUTH_SECRET, smtpUrl: SMTP_URL, emailFrom: EMAIL_FROM, production };
}

let cached: AuthEnv | undefined;

export function authEnv(): AuthEnv {
  if (!cached) {
    cached = parseAuthEnv(process.env);
    if (cached.secret === DEV_AUTH_SECRET && cached.production === false && process.env.NODE_ENV !== 'test') {
      console.warn('Auth: AUTH_SECRET is not set, using the fixed development secret (never accepted in production).');
    }
  }
  return cached;
}

/** Magic links are offered only when an SMTP server is configured. */
export function magicLinksEnabled(): boolean {
  return Boolean(authEnv().smtpUrl);
}
