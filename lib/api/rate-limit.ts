// Rate limits of the public API, kept in PostgreSQL so they hold across every app instance: a fixed one-minute
// window per client (its address without a key, its key with one), counted by one statement,
// INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on the UNLOGGED table "ApiRateWindow" by the database's clock.
// Over the limit: 429 with Retry-After, and every answer carries RateLimit / RateLimit-Policy
// (draft-ietf-httpapi-ratelimit-headers). Limits: API_RATE_LIMIT (60) and API_KEY_RATE_LIMIT (1000) per minute.
//
// A high limit is counted in leases (decision 063): the statement reserves a hundredth of the limit at once, and this
// process hands those requests out from memory until they are used or the window ends. Every request a process serves
// was reserved in PostgreSQL first, so the limit still holds across instances; unused reservations are lost at the
// window's end (at most a hundredth of the limit per instance). Limits under 200 reserve one request at a time, as
// before: every request is one statement.
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

/** The share of a limit one reservation takes: a lease is a hundredth of the limit, and at least one request. */
export const LEASE_SHARE = 100;
/** No lease is taken, and none used, in a window's last second (by the database's clock): it would be lost. */
export const LEASE_HOLD_SECONDS = 1;
/** Leases kept at most; past it the expired ones go, then all (each is only a saving, never a permission). */
const MAX_LEASES = 10_000;

export function leaseSize(limit: number): number {
  return Math.max(1, Math.floor(limit / LEASE_SHARE));
}

type Lease = { resetAt: number; left: number; reservedUpTo: number };
const leases = new Map<string, Lease>();
/** The reservation in flight for each key: concurrent requests wait for it instead of each reserving a lease. */
const reserving = new Map<string, Promise<Count>>();

/** Forgets every lease of this process (tests). */
export function forgetLeases() {
  leases.clear();
}

/** The next request of this process's lease for `key`, if it holds one with requests left in the window. */
function takeFromLease(key: string): Count | null {
  const now = Date.now();
  const lease = leases.get(key);
  if (!lease || lease.left <= 0 || now >= lease.resetAt) return null;
  lease.left -= 1;
  return {
    count: lease.reservedUpTo - lease.left,
    resetSeconds: Math.max(1, Math.ceil((lease.resetAt - now) / 1000)),
  };
}

/**
 * Reserves the next requests of `key` in PostgreSQL: `size` of them (the first is this request, the rest a lease),
 * or only this one when the window ends within `holdSeconds` by the database's clock (a lease then would be lost at
 * once, and every request of that last second would reserve a whole lease) or the limit is already reached (every
 * further request is refused: counting each as a lease would only inflate the count).
 */
async function reserve(client: DbClient, key: string, limit: number, size: number, holdSeconds: number) {
  const [row] = await client.$queryRaw<{ count: number; reset: number; take: number }[]>`
    WITH "at" AS (SELECT extract(epoch FROM clock_timestamp()) AS "t"),
    "w" AS (
      SELECT floor("t" / ${WINDOW_SECONDS})::int AS "window",
             ceil((floor("t" / ${WINDOW_SECONDS}) + 1) * ${WINDOW_SECONDS} - "t")::int AS "reset"
      FROM "at"),
    "r" AS (
      SELECT "window", "reset",
             CASE WHEN "reset" > ${holdSeconds}
                   AND COALESCE((SELECT "count" FROM "ApiRateWindow" c WHERE c."key" = ${key} AND c."window" = "w"."window"), 0) < ${limit}
                  THEN ${size}::int ELSE 1 END AS "take"
      FROM "w")
    INSERT INTO "ApiRateWindow" ("key", "window", "count")
    SELECT ${key}, "window", "take" FROM "r"
    ON CONFLICT ("key", "window") DO UPDATE SET "count" = "ApiRateWindow"."count" + EXCLUDED."count"
    RETURNING "count", (SELECT "reset" FROM "r") AS "reset", (SELECT "take" FROM "r") AS "take"`;
  // Now and then, forget windows that are over (a tenth of a percent of reservations: a cheap indexed delete).
  if (Math.random() < 0.001) {
    await client.$executeRaw`DELETE FROM "ApiRateWindow"
      WHERE "window" < floor(extract(epoch FROM clock_timestamp()) / ${WINDOW_SECONDS})::int - 1`;
  }
  const now = Date.now();
  const resetSeconds = Math.max(1, row!.reset);
  // This request is the first of the reservation; those of it within the limit are this process's to serve.
  const first = row!.count - row!.take + 1;
  const usable = Math.max(0, Math.min(row!.take, limit - first + 1));
  // The lease ends holdSeconds early: the database's clock decides the window, and this process's may differ a little.
  if (usable > 1) {
    if (leases.size >= MAX_LEASES) {
      for (const [k, l] of leases) if (l.resetAt <= now) leases.delete(k);
      if (leases.size >= MAX_LEASES) leases.clear();
    }
    leases.set(key, {
      resetAt: now + (resetSeconds - holdSeconds) * 1000,
      left: usable - 1,
      reservedUpTo: first + usable - 1,
    });
  } else {
    leases.delete(key);
  }
  return { count: first, resetSeconds };
}

/**
 * Counts one request of `key` against `limit` in the current window: the request's number in the window (over
 * `limit`: refuse it) and the seconds until the window ends. From this process's lease when it holds one; else it
 * waits for a reservation already in flight for the key, or makes one.
 */
export async function countRequest(
  client: DbClient,
  key: string,
  limit = 1,
  holdSeconds = LEASE_HOLD_SECONDS,
): Promise<Count> {
  const size = leaseSize(limit);
  for (;;) {
    const leased = size > 1 ? takeFromLease(key) : null;
    if (leased) return leased;
    const inFlight = size > 1 ? reserving.get(key) : undefined;
    if (!inFlight) break;
    await inFlight.catch(() => undefined);
  }
  const reservation = reserve(client, key, limit, size, holdSeconds);
  if (size > 1) {
    reserving.set(key, reservation);
    const settled = () => {
      if (reserving.get(key) === reservation) reserving.delete(key);
    };
    reservation.then(settled, settled);
  }
  return reservation;
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
  const { count, resetSeconds } = await countRequest(client, counter, limit);
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
