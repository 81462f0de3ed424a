// This site's origins for the request being handled: the address the browser used (Host, and the protocol Next
// records in x-forwarded-proto) and AUTH_URL, the address magic links are built on. Server actions already refuse a
// POST whose Origin differs from Host, so Host names the site the form was on.
import 'server-only';
import { headers } from 'next/headers';
import { sameOriginPath } from '@/lib/auth/safe-redirect';
import { config } from '@/lib/config/env';

export async function requestOrigins(): Promise<string[]> {
  const list = await headers();
  const host = list.get('host');
  const protocol = list.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return [host ? `${protocol}://${host}` : undefined, config().authUrl].filter((origin): origin is string =>
    Boolean(origin),
  );
}

/** A callbackUrl (or any return address a request carries) as a path on this site, or `fallback`. */
export async function callbackPath(value: unknown, fallback = '/account'): Promise<string> {
  return sameOriginPath(value, await requestOrigins(), fallback);
}
