// The cache handler of 'use cache' entries (next.config.js cacheHandlers.default). With REDIS_URL set, the entries live
// in Redis, shared by every app instance: one instance's render serves the others, and a tag revalidated by any of them
// expires the entries for all (the expirations are kept in Redis too). Without REDIS_URL, Next's own in-memory handler,
// as before. docs/decisions/071-shared-cache.md.
//
// Bounds: an entry lives in Redis for its `expire` (capped at REDIS_CACHE_TTL_SECONDS, a day by default) and an entry
// over REDIS_CACHE_MAX_ENTRY_BYTES (2 MB by default) is not shared (it stays a miss for the others). Redis itself should
// run with a maxmemory and an eviction policy (allkeys-lru): README, Deployment.
//
// Redis failing never fails a page: a read that errors is a miss, a write that errors is skipped (logged once a minute).
//
// The interface (Next 16: get, set, refreshTags, getExpiration, updateTags) is next/dist/server/lib/cache-handlers/
// types.d.ts; Next's default handler, which this one follows for what counts as expired, is default.js beside it.
const { createHash } = require('node:crypto');

const PREFIX = 'rt:cache:';
const TAGS_KEY = 'rt:cache-tags';
const DEFAULT_TTL_SECONDS = 86_400;
const DEFAULT_MAX_ENTRY_BYTES = 2 * 1024 * 1024;

function positiveInt(value, fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

function now() {
  return performance.timeOrigin + performance.now();
}

async function streamToBuffer(stream) {
  const chunks = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

function streamFromBuffer(buffer) {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer));
      controller.close();
    },
  });
}

/** One Redis value: 4 bytes of metadata length, the metadata as JSON, the entry's bytes. */
function encode(meta, value) {
  const head = Buffer.from(JSON.stringify(meta));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, value]);
}

function decode(buffer) {
  const length = buffer.readUInt32BE(0);
  return { meta: JSON.parse(buffer.subarray(4, 4 + length).toString('utf8')), value: buffer.subarray(4 + length) };
}

/**
 * A handler on a Redis client (ioredis). `options`: ttlSeconds, maxEntryBytes, log. Exported for the tests
 * (lib/cache/shared-cache-handler.test.ts).
 */
function createRedisCacheHandler(redis, options = {}) {
  const ttlSeconds = options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
  const maxEntryBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  const log = options.log ?? ((line) => console.warn(line));
  const pendingSets = new Map();
  let lastComplaint = 0;
  const complain = (what, error) => {
    if (now() - lastComplaint < 60_000) return;
    lastComplaint = now();
    log(`shared cache: ${what} failed (${error && error.message}); serving without the shared cache`);
  };
  const keyOf = (cacheKey) => PREFIX + createHash('sha256').update(cacheKey).digest('base64url');

  /** The latest expiration of these tags, 0 if none was ever revalidated (or Redis cannot say). */
  async function expiration(tags) {
    if (!tags.length) return 0;
    const values = await redis.hmget(TAGS_KEY, ...tags);
    return Math.max(0, ...values.map((value) => Number(value) || 0));
  }

  return {
    async get(cacheKey) {
      const pending = pendingSets.get(cacheKey);
      if (pending) await pending;
      let stored;
      try {
        stored = await redis.getBuffer(keyOf(cacheKey));
      } catch (error) {
        complain('a read', error);
        return undefined;
      }
      if (!stored) return undefined;
      const { meta, value } = decode(stored);
      // As Next's default handler in production: past revalidate is a miss, not a stale hit.
      if (now() > meta.timestamp + meta.revalidate * 1000) return undefined;
      try {
        const expired = await expiration(meta.tags);
        if (expired > meta.timestamp && expired <= now()) return undefined;
      } catch (error) {
        complain('a tag read', error);
        return undefined;
      }
      return { ...meta, value: streamFromBuffer(value) };
    },

    async set(cacheKey, pendingEntry) {
      let resolvePending = () => {};
      pendingSets.set(cacheKey, new Promise((resolve) => (resolvePending = resolve)));
      try {
        const entry = await pendingEntry;
        const value = await streamToBuffer(entry.value);
        if (entry.expire === 0 || value.length > maxEntryBytes) return;
        const { value: _value, ...meta } = entry;
        const ttl = Math.max(1, Math.min(ttlSeconds, Math.ceil(entry.expire)));
        await redis.set(keyOf(cacheKey), encode(meta, value), 'EX', ttl);
      } catch (error) {
        complain('a write', error);
      } finally {
        resolvePending();
        pendingSets.delete(cacheKey);
      }
    },

    async refreshTags() {
      // Expirations are read from Redis with each entry (getExpiration, get): nothing to refresh.
    },

    async getExpiration(tags) {
      try {
        return await expiration(tags);
      } catch (error) {
        complain('a tag read', error);
        return 0;
      }
    },

    async updateTags(tags, durations) {
      if (!tags.length) return;
      const at = Math.round(now()) + (durations && durations.expire ? durations.expire * 1000 : 0);
      try {
        await redis.hset(TAGS_KEY, Object.fromEntries(tags.map((tag) => [tag, String(at)])));
      } catch (error) {
        complain('a revalidation', error);
      }
    },
  };
}

function createHandler() {
  const url = process.env.REDIS_URL;
  if (!url) {
    const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default');
    // What Next makes when no handler is configured: an LRU of cacheMaxMemorySize (next.config.js, 256 MB).
    return createDefaultCacheHandler(256 * 1024 * 1024);
  }
  const Redis = require('ioredis');
  const redis = new Redis(url, {
    // Fail fast: a page never waits for a Redis that is down, it renders without the shared cache.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectionName: 'resolution-tracker-cache',
  });
  redis.on('error', () => {}); // reported by the handler's own calls, once a minute
  return createRedisCacheHandler(redis, {
    ttlSeconds: positiveInt(process.env.REDIS_CACHE_TTL_SECONDS, DEFAULT_TTL_SECONDS),
    maxEntryBytes: positiveInt(process.env.REDIS_CACHE_MAX_ENTRY_BYTES, DEFAULT_MAX_ENTRY_BYTES),
  });
}

module.exports = createHandler();
module.exports.createRedisCacheHandler = createRedisCacheHandler;
