import { config, parseConfig } from '@/lib/config/env';

// The URL rules of a webhook, shared by registration (zod) and delivery: https only, no credentials, a host name.
export function webhookUrlProblem(url: URL, allowInsecure: boolean): string | null {
  if (url.protocol !== 'https:' && !(allowInsecure && url.protocol === 'http:'))
    return 'The address must start with https://.';
  if (url.username || url.password) return 'The address must not contain a user name or password.';
  if (!url.hostname) return 'The address needs a host name.';
  return null;
}

/** Private addresses (and plain http) are allowed only where a test configuration says so, never in production. */
export function webhooksAllowPrivate(env?: Record<string, string | undefined>): boolean {
  return (env ? parseConfig(env) : config()).webhooksAllowPrivate;
}
