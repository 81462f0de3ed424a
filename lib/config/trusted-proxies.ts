// TRUSTED_PROXIES: how many reverse proxies stand in front of the server, each appending the address it was
// connected from to X-Forwarded-For (lib/auth/client-address.ts reads the client's address accordingly).
import { z } from 'zod';

/** The most proxies a deployment could plausibly chain; a larger number is a typo. */
const MAX_TRUSTED_PROXIES = 10;

const trustedProxiesSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().max(MAX_TRUSTED_PROXIES, `must be at most ${MAX_TRUSTED_PROXIES}`));

/** TRUSTED_PROXIES as a number, 0 when unset; throws a message naming the variable when it is not one. */
export function parseTrustedProxies(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const parsed = trustedProxiesSchema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `TRUSTED_PROXIES ${parsed.error.issues[0]!.message} (got "${value}"): the number of reverse proxies in front of the server that append to X-Forwarded-For, 0 or unset when clients connect to it directly.`,
    );
  }
  return parsed.data;
}
