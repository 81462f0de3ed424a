// Auth configuration, read through the one configuration schema (lib/config/env.ts): a production server without
// AUTH_SECRET stops with the variable's name instead of signing sessions with a guessable key.
import { config, DEV_AUTH_SECRET, parseConfig, type Config } from '@/lib/config/env';

export { DEV_AUTH_SECRET };

export type AuthEnv = { secret: string; smtpUrl: string | undefined; emailFrom: string; production: boolean };

function toAuthEnv(cfg: Config): AuthEnv {
  return { secret: cfg.authSecret, smtpUrl: cfg.smtpUrl, emailFrom: cfg.emailFrom, production: cfg.production };
}

export function parseAuthEnv(env: Record<string, string | undefined>): AuthEnv {
  return toAuthEnv(parseConfig(env));
}

let warned = false;

export function authEnv(): AuthEnv {
  const env = toAuthEnv(config());
  if (!warned && env.secret === DEV_AUTH_SECRET && !env.production && process.env.NODE_ENV !== 'test') {
    warned = true;
    console.warn('Auth: AUTH_SECRET is not set, using the fixed development secret (never accepted in production).');
  }
  return env;
}

/** Magic links are offered only when an SMTP server is configured. */
export function magicLinksEnabled(): boolean {
  return Boolean(authEnv().smtpUrl);
}
