// The polite client against a real local server: its User-Agent, the size cap, the timeout, Retry-After, 304s.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, retryAfterMs, syncUserAgent } from './http';

let server: http.Server;
let base = '';
const seen: { path: string; headers: http.IncomingHttpHeaders; at: number }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ path: req.url!, headers: req.headers, at: Date.now() });
    if (req.url === '/big') return res.end('x'.repeat(2000));
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 4000);
    if (req.url === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      return res.writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 May 2024 00:00:00 GMT' }).end('body');
    }
    if (req.url === '/missing') return res.writeHead(404).end();
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the sync HTTP client', () => {
  it('names the app and a contact, and sends conditional requests from what was stored', async () => {
    const client = createHttpClient({ ratePerSecond: 100 });
    const first = await client.get(`${base}/etag`);
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"' });
    expect(seen.at(-1)!.headers['user-agent']).toBe(syncUserAgent());
    expect(syncUserAgent()).toMatch(/^ResolutionTracker\/0\.1 \(\+http.*; .*@.*\)$/);
    const again = await client.get(`${base}/etag`, { etag: '"v1"', lastModified: 'Wed, 01 May 2024 00:00:00 GMT' });
    expect(again).toMatchObject({ status: 304, notModified: true });
    expect(seen.at(-1)!.headers['if-modified-since']).toBe('Wed, 01 May 2024 00:00:00 GMT');
  });

  it('refuses a response over the size limit and one slower than the timeout', async () => {
    const client = createHttpClient({ maxBytes: 1000, timeoutMs: 2000, retries: 0, ratePerSecond: 100 });
    await expect(client.get(`${base}/big`)).rejects.toThrow(/over the 1000 byte limit|2000 bytes, over the 1000/);
    await expect(client.get(`${base}/slow`)).rejects.toThrow(/no answer within 2000 ms/);
  });

  it('does not retry a 404, and spaces requests to one host by its rate', async () => {
    const client = createHttpClient({ ratePerSecond: 10 });
    await expect(client.get(`${base}/missing`)).rejects.toThrow(/HTTP 404/);
    expect(client.totalRequests()).toBe(1);
    const start = Date.now();
    await Promise.all([1, 2, 3].map(() => client.get(`${base}/ok`)));
    // Three requests 100 ms apart: the last starts 200 ms after the first.
    expect(Date.now() - start).toBeGreaterThanOrEqual(190);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThan(8000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(null)).toBeNull();
  });
});
