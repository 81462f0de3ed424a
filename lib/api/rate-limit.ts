// Rate limits of the public API, kept in PostgreSQL so they hold across every app instance: a fixed one-minute
// window per client (its address without a key, its key with one), counted by one statement,
// INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on the UNLOGGED table "ApiRateWindow" by the database's clock.
// Over the limit: 429 with Retry-After, and every answer carries RateLimit / RateLimit-Policy
// (draft-ietf-httpapi-ratelimit-headers). Limits: API_RATE_LIMIT (60) and API_KEY_RATE_LIMIT (1000) per minute.
import {
  clientAddressFrom,
  PEER_ADDRESS_HEADER,
  peerAddressHeaderInstalled,
  trustedProxies,
} from '@/lib/auth/client-address';
import { config } from '@/lib/config/env';
import { db } from '@/lib/db';
import type { DbClient } from '@/lib/db/client';
import { problem } from './http';
import { authenticateKey, requestKey } from './keys';

export const WINDOW_SECONDS = 60;

export type Count = { count: number; resetSeconds: number };

/** Counts one request of `key` in the current window; the count so far and the seconds until the window ends. */
export async function countRequest(client: DbClient, key: string): Promise<Count> {
  const [row] = await client.$queryRaw<{ count: number; reset: number }[]>`
    INSERT INTO "ApiRateWindow" ("key", "window", "count")
    VALUES (${key}, floor(extract(epoch FROM clock_timestamp()) / ${WINDOW_SECONDS})::int, 1)
    ON CONFLICT ("key", "window") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count",
      ceil(("window" + 1) * ${WINDOW_SECONDS} - extract(epoch FROM clock_timestamp()))::int AS "reset"`;
  // Now and then, forget windows that are over (a tenth of a percent of requests: a cheap indexed delete).
  if (Math.random() < 0.001) {
    await client.$executeRaw`DELETE FROM "ApiRateWindow"
      WHERE "window" < floor(extract(epoch FROM clock_timestamp()) / ${WINDOW_SECONDS})::int - 1`;
  }
  return { count: row!.count, resetSeconds: Math.max(1, row!.reset) };
}

/** The client's address, as the sign-in limit reads it (lib/auth/client-address.ts, TRUSTED_PROXIES). */
export function requestAddress(headers: Headers): string {
  if (peerAddressHeaderInstalled()) return clientAddressFrom(headers, trustedProxies());
  return clientAddressFrom(
    { get: (name) => (name === PEER_ADDRESS_HEADER ? null : headers.get(name)) },
    trustedProxies(),
  );
}

export function rateLimitHeaders(policy: string, limit: number, remaining: number, reset: number) {
  return {
    'RateLimit-Policy': `"${policy}";q=${limit};w=${WINDOW_SECONDS}`,
    RateLimit: `"${policy}";r=${Math.max(0, remaining)};t=${reset}`,
  };
}

/** Counts the request against its client's limit: a 429 (or 401 for a bad key) to answer, or headers to add. */
export async function applyRateLimit(
  request: Request,
  client: DbClient = db,
): Promise<{ response?: Response; headers: Record<string, string> }> {
  const { apiRateLimit, apiKeyRateLimit } = config();
  const key = requestKey(request.headers);
  let counter: string;
  let limit: number;
  let policy: string;
  if (key !== undefined) {
    const id = await authenticateKey(client, key);
    if (id === null) {
      return {
        response: problem(401, 'The API key is not valid or was revoked. Send none to use the anonymous limit.', {
          headers: { 'WWW-Authenticate': 'Bearer realm="api"' },
        }),
        headers: {},
      };
    }
    counter = `key:${id}`;
    limit = apiKeyRateLimit;
    policy = 'key';
  } else {
    counter = `address:${requestAddress(request.headers)}`;
    limit = apiRateLimit;
    policy = 'anonymous';
  }
  const { count, resetSeconds } = await countRequest(client, counter);
  const headers = rateLimitHeaders(policy, limit, limit - count, resetSeconds);
  if (count > limit) {
    return {
      response: problem(
        429,
        `More than ${limit} requests in a minute${policy === 'key' ? ' with this key' : ' from this address'}: try again in ${resetSeconds} s.${policy === 'key' ? '' : ' An API key (account page) has a higher limit.'}`,
        { headers: { ...headers, 'Retry-After': String(resetSeconds) } },
      ),
      headers,
    };
  }
  return { headers };
}
