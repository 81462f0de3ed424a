// API keys: "rt_" and 32 random bytes in base64url, shown to the member once; only the key's SHA-256 is stored, so a
// leaked database gives no usable key. Revoked keys, and keys of deactivated accounts, are refused.
import { createHash, randomBytes } from 'node:crypto';
import type { DbClient } from '@/lib/db/client';

export const KEY_PREFIX = 'rt_';
/** How much of the key is kept in clear to tell keys apart: the prefix and 8 characters. */
const SHOWN = KEY_PREFIX.length + 8;
export const MAX_KEYS_PER_MEMBER = 20;
/** lastUsedAt is written at most this often per key, so a busy key does not write on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export type CreatedKey = { id: number; key: string; prefix: string };

export async function createApiKey(
  db: DbClient,
  userId: string,
  name: string,
): Promise<CreatedKey | { error: string }> {
  const active = await db.apiKey.count({ where: { userId, revokedAt: null } });
  if (active >= MAX_KEYS_PER_MEMBER) {
    return { error: `You have ${MAX_KEYS_PER_MEMBER} keys already: revoke one you no longer use first.` };
  }
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const prefix = key.slice(0, SHOWN);
  const row = await db.apiKey.create({ data: { userId, name, hash: hashKey(key), prefix } });
  return { id: row.id, key, prefix };
}

/** Revokes one of the member's keys; false when it is not theirs or already revoked. */
export async function revokeApiKey(db: DbClient, userId: string, id: number): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

export function listApiKeys(db: DbClient, userId: string) {
  return db.apiKey.findMany({
    where: { userId },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The key's id when it is valid (not revoked, its member active), noting its use; null otherwise. */
export async function authenticateKey(db: DbClient, key: string): Promise<number | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
  const row = await db.apiKey.findUnique({
    where: { hash: hashKey(key) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { deactivatedAt: true } } },
  });
  if (!row || row.revokedAt || row.user.deactivatedAt) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await db.apiKey.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastUsedAt: now } });
  }
  return row.id;
}

/** The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`; undefined when none. */
export function requestKey(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  const bearer = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? headers.get('x-api-key')?.trim() ?? undefined;
}
