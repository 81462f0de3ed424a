// The shared 'use cache' handler on a real Redis (REDIS_URL, or redis://127.0.0.1:6379; skipped when none answers):
// two handlers stand for two app instances.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { createRedisCacheHandler } = require('./shared-cache-handler.cjs') as {
  createRedisCacheHandler: (
    redis: Redis,
    options?: { ttlSeconds?: number; maxEntryBytes?: number; log?: (line: string) => void },
  ) => Handler;
};

type Entry = {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
};
type Handler = {
  get(key: string, softTags: string[]): Promise<Entry | undefined>;
  set(key: string, entry: Promise<Entry>): Promise<void>;
  getExpiration(tags: string[]): Promise<number>;
  updateTags(tags: string[], durations?: { expire?: number }): Promise<void>;
};

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let redis: Redis | undefined;
let available = false;
const run = `test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

beforeAll(async () => {
  redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  available = await redis
    .connect()
    .then(() => redis!.ping())
    .then(() => true)
    .catch(() => false);
});

afterAll(async () => {
  redis?.disconnect();
});

function entry(text: string, tags: string[], overrides: Partial<Entry> = {}): Entry {
  return {
    value: new Response(text).body!,
    tags,
    stale: 30,
    timestamp: performance.timeOrigin + performance.now(),
    expire: 3600,
    revalidate: 900,
    ...overrides,
  };
}

const text = async (found: Entry | undefined) => (found ? await new Response(found.value).text() : undefined);

describe('the shared cache handler on Redis', () => {
  it('serves an entry one instance wrote to another, and a revalidation on either expires it for both', async (context) => {
    if (!available) context.skip(`no Redis at ${url}`);
    const a = createRedisCacheHandler(redis!);
    const b = createRedisCacheHandler(redis!);
    const tag = `measure:${run}`;
    await a.set(`${run}:page`, Promise.resolve(entry('rendered by A', [tag])));
    expect(await text(await b.get(`${run}:page`, []))).toBe('rendered by A');
    // Each get hands out a new stream.
    expect(await text(await b.get(`${run}:page`, []))).toBe('rendered by A');

    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.updateTags([tag], { expire: 0 });
    expect(await a.get(`${run}:page`, [])).toBeUndefined();
    expect(await b.getExpiration([tag])).toBeGreaterThan(0);
    expect(await b.getExpiration([`never-revalidated:${run}`])).toBe(0);
    // Written after the revalidation: served again.
    await a.set(`${run}:page`, Promise.resolve(entry('rendered again', [tag])));
    expect(await text(await b.get(`${run}:page`, []))).toBe('rendered again');
  });

  it('bounds entries: past revalidate is a miss, a TTL from expire, and an entry over the size limit is not shared', async (context) => {
    if (!available) context.skip(`no Redis at ${url}`);
    const handler = createRedisCacheHandler(redis!, { ttlSeconds: 60, maxEntryBytes: 1000 });
    await handler.set(
      `${run}:old`,
      Promise.resolve(entry('old', [], { timestamp: Date.now() - 10_000, revalidate: 5 })),
    );
    expect(await handler.get(`${run}:old`, [])).toBeUndefined();

    await handler.set(`${run}:ttl`, Promise.resolve(entry('kept', [], { expire: 3600 })));
    const key = `rt:cache:${createHash('sha256').update(`${run}:ttl`).digest('base64url')}`;
    const ttl = await redis!.ttl(key);
    expect(ttl).toBeGreaterThan(0); // expire 3600, capped at the handler's 60 s
    expect(ttl).toBeLessThanOrEqual(60);

    await handler.set(`${run}:big`, Promise.resolve(entry('x'.repeat(2000), [])));
    expect(await handler.get(`${run}:big`, [])).toBeUndefined();
    // A dynamic entry (expire 0) is never stored.
    await handler.set(`${run}:dynamic`, Promise.resolve(entry('dynamic', [], { expire: 0 })));
    expect(await handler.get(`${run}:dynamic`, [])).toBeUndefined();
  });

  it('answers a miss, not an error, when Redis is down', async () => {
    const down = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    down.on('error', () => undefined);
    const logged: string[] = [];
    const handler = createRedisCacheHandler(down, { log: (line) => logged.push(line) });
    await handler.set(`${run}:x`, Promise.resolve(entry('x', [])));
    expect(await handler.get(`${run}:x`, [])).toBeUndefined();
    expect(await handler.getExpiration(['a'])).toBe(0);
    expect(logged.length).toBe(1); // once a minute, not once a call
    down.disconnect();
  });
});
