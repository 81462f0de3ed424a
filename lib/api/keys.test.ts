// API keys and rate limits against the test database: a key is created (shown once, stored hashed), used, and
// revoked; the anonymous and keyed limits answer 429 with Retry-After and RateLimit headers; and the limit is one
// count shared by two separate server processes over the same database.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getTestDatabaseUrl, getTestDb } from '@/lib/test/db';

// Read once by config(), before any module asks for it.
process.env.API_RATE_LIMIT = '3';
process.env.API_KEY_RATE_LIMIT = '5';
process.env.TRUSTED_PROXIES = '1';

vi.mock('next/cache', () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { createApiKey, hashKey, revokeApiKey, authenticateKey } = await import('./keys');
const { call, contractValidator } = await import('./test-support');

const db = getTestDb();
const validate = contractValidator();
/** A fresh client address per test (one trusted proxy: the last X-Forwarded-For hop is the client). */
const address = () => `198.51.100.${randomInt(1, 254)}, 203.0.113.${randomInt(1, 254)}`;

async function member() {
  return db.user.create({ data: { email: `api-${randomInt(1e9)}@example.org`, name: 'Key Holder' } });
}

describe('API keys', () => {
  it('are stored hashed, work as Bearer or X-API-Key, note their use, and stop working once revoked', async () => {
    const user = await member();
    const created = await createApiKey(db, user.id, 'newsroom');
    if ('error' in created) throw new Error(created.error);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(hashKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(created.key.startsWith(row.prefix)).toBe(true);
    expect(row.lastUsedAt).toBeNull();

    const bearer = await call('people', '/api/v1/people', { headers: { Authorization: `Bearer ${created.key}` } });
    expect(bearer.status).toBe(200);
    expect(bearer.headers.get('ratelimit-policy')).toBe('"key";q=5;w=60');
    const header = await call('people', '/api/v1/people', { headers: { 'X-API-Key': created.key } });
    expect(header.status).toBe(200);
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();

    expect(await revokeApiKey(db, user.id, created.id)).toBe(true);
    expect(await revokeApiKey(db, user.id, created.id)).toBe(false);
    expect(await authenticateKey(db, created.key)).toBeNull();
    const revoked = await call('people', '/api/v1/people', { headers: { Authorization: `Bearer ${created.key}` } });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('a member cannot revoke another member’s key', async () => {
    const [owner, other] = [await member(), await member()];
    const created = await createApiKey(db, owner.id, 'mine');
    if ('error' in created) throw new Error(created.error);
    expect(await revokeApiKey(db, other.id, created.id)).toBe(false);
    expect(await authenticateKey(db, created.key)).toBe(created.id);
  });

  it('an unknown key is refused, not treated as anonymous', async () => {
    const response = await call('people', '/api/v1/people', { headers: { Authorization: 'Bearer rt_not-a-key' } });
    expect(response.status).toBe(401);
  });
});

describe('rate limits', () => {
  it('anonymous: the limit per address answers 429 with Retry-After and RateLimit headers', async () => {
    const from = address();
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const response = await call('jurisdictions', '/api/v1/jurisdictions', { headers: { 'X-Forwarded-For': from } });
      statuses.push(response.status);
      if (i === 0) expect(response.headers.get('ratelimit')).toMatch(/^"anonymous";r=2;t=\d+$/);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(response.headers.get('ratelimit')).toMatch(/^"anonymous";r=0;t=\d+$/);
        expect(response.headers.get('ratelimit-policy')).toBe('"anonymous";q=3;w=60');
        expect(validate('/jurisdictions', 429, await response.json(), 'application/problem+json')).toBeNull();
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another address has its own count.
    expect(
      (await call('jurisdictions', '/api/v1/jurisdictions', { headers: { 'X-Forwarded-For': address() } })).status,
    ).toBe(200);
  });

  it('a key has its own, higher limit, whatever address it comes from', async () => {
    const user = await member();
    const created = await createApiKey(db, user.id, 'bulk');
    if ('error' in created) throw new Error(created.error);
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const headers = { Authorization: `Bearer ${created.key}`, 'X-Forwarded-For': address() };
      statuses.push((await call('jurisdictions', '/api/v1/jurisdictions', { headers })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('the limit is shared by two server processes over one database', () => {
  const servers: ChildProcess[] = [];
  const ports: number[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const child = spawn('npx', ['tsx', '--conditions=react-server', 'lib/api/test-http-server.ts', '0'], {
        env: {
          ...process.env,
          DATABASE_URL: getTestDatabaseUrl(),
          API_RATE_LIMIT: '5',
          TRUSTED_PROXIES: '0',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
        // Its own process group: npx starts tsx, which starts node; all of them are stopped together.
        detached: true,
      });
      servers.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => {
          const port = chunk.toString().match(/listening (\d+)/)?.[1];
          if (port) {
            ports.push(Number(port));
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
      });
    }
  }, 60_000);

  afterAll(() => {
    for (const child of servers) if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });

  it('five requests spread over both pass, the sixth (on either) is refused', async () => {
    // The limit counts per clock minute: six requests that straddle a minute's end would be counted in two windows.
    // Start early in a minute (the database's clock is this machine's).
    const intoMinute = (Date.now() / 1000) % 60;
    if (intoMinute > 30) await new Promise((resolve) => setTimeout(resolve, (61 - intoMinute) * 1000));
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`http://127.0.0.1:${ports[i % 2]}/api/v1/bodies`);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
      else await response.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused!.headers.get('ratelimit-policy')).toBe('"anonymous";q=5;w=60');
    // The count is one row in PostgreSQL, not two in two processes' memory.
    const rows = await db.apiRateWindow.findMany({ where: { key: 'address:127.0.0.1' } });
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(6);
  }, 90_000);
});
