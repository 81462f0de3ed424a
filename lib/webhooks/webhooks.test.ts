// Webhooks against a real HTTP receiver on loopback (allowed by the test configuration only): signed, timestamped
// deliveries, retries with backoff after failures, a log of each attempt; private addresses refused otherwise.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordChange } from '@/lib/changes/record-change';
import { createWorker } from '@/lib/jobs/worker';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { ownTestDb } from '@/lib/test/db';
import { isPublicAddress } from '@/lib/webhooks/address';
import { createWebhook } from '@/lib/webhooks/mutations';
import { signPayload, verifySignature } from '@/lib/webhooks/signing';
import { webhooksAllowPrivate } from '@/lib/webhooks/url';
import { createMeasure, uniqueSlug } from '@/prisma/factories';

// A database of this file's own: its workers drain every queued job, which on the shared one would include the
// jobs of every other file's writes.
const { db } = ownTestDb();
const AUTH_SECRET = 'webhook-test-secret-at-least-32-characters';
type Received = { headers: http.IncomingHttpHeaders; body: string };
const received: Received[] = [];
let answer = 200;
let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const drain = (allowPrivate = true) =>
  createWorker({
    db,
    handlers: alertJobHandlers({
      db,
      mailer: null,
      from: 'x@example.test',
      siteUrl: 'https://tracker.example.test',
      secret: AUTH_SECRET,
      allowPrivateWebhooks: allowPrivate,
    }),
    concurrency: 1,
    log: () => {},
  }).drain();

async function followerWithWebhook(path: string) {
  const user = await db.user.create({ data: { email: `${uniqueSlug('hook')}@example.test` } });
  const measure = await createMeasure(db, { title: 'Hooked resolution' });
  await db.follow.create({ data: { userId: user.id, measureId: measure.id } });
  const created = await createWebhook(db, user.id, `${base}${path}`, { authSecret: AUTH_SECRET, allowPrivate: true });
  if (!created.ok) throw new Error(created.error);
  return { user, measure, webhookId: created.id, secret: created.secret };
}

const change = (measureId: number) =>
  recordChange(db, {
    actorLabel: 'test',
    entityType: 'action',
    entityId: 1,
    operation: 'create',
    measureId,
    after: { text: 'Adopted' },
  });

describe('webhook deliveries', () => {
  it('posts each notification as JSON signed over the timestamp and body, once', async () => {
    const { measure, webhookId, secret } = await followerWithWebhook('/ok');
    await change(measure.id);
    await drain();
    await drain();
    const mine = received.filter(
      (request) =>
        request.headers['x-rt-delivery'] &&
        JSON.parse(request.body).notification.summary.startsWith('Hooked resolution'),
    );
    expect(mine).toHaveLength(1);
    const [delivery] = mine;
    const payload = JSON.parse(delivery!.body);
    expect(payload).toMatchObject({
      type: 'notification',
      notification: {
        summary: 'Hooked resolution — Action added: Adopted',
        url: `https://tracker.example.test/measures/${measure.slug}`,
      },
    });
    const header = {
      signature: String(delivery!.headers['x-rt-signature']),
      timestamp: String(delivery!.headers['x-rt-timestamp']),
    };
    expect(verifySignature(secret, header, delivery!.body)).toBe(true);
    expect(verifySignature(secret, header, delivery!.body.replace('Adopted', 'Rejected'))).toBe(false); // tampered body
    expect(verifySignature('whsec_other', header, delivery!.body)).toBe(false);
    expect(verifySignature(secret, header, delivery!.body, Number(header.timestamp) + 301)).toBe(false); // replayed later
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { webhookId } })).toMatchObject({
      status: 'delivered',
      attempts: 1,
      responseStatus: 200,
    });
  });

  it('retries a failing endpoint with backoff, logging each attempt, until it answers', async () => {
    const { measure, webhookId } = await followerWithWebhook('/flaky');
    answer = 503;
    try {
      await change(measure.id);
      await drain();
    } finally {
      answer = 200;
    }
    const failed = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId } });
    expect(failed).toMatchObject({
      status: 'pending',
      attempts: 1,
      responseStatus: 503,
      lastError: 'The endpoint answered 503',
    });
    const job = await db.job.findUniqueOrThrow({ where: { key: `webhook:${failed.id}` } });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now()); // backed off

    await db.job.update({ where: { id: job.id }, data: { runAt: new Date() } });
    await drain();
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: 'delivered',
      attempts: 2,
      responseStatus: 200,
      lastError: null,
    });
  });

  it('gives up after the last attempt and marks the delivery failed', async () => {
    const { measure, webhookId } = await followerWithWebhook('/down');
    answer = 500;
    try {
      await change(measure.id);
      await drain();
      const delivery = await db.webhookDelivery.findFirstOrThrow({ where: { webhookId } });
      await db.job.update({ where: { key: `webhook:${delivery.id}` }, data: { runAt: new Date(), attempts: 9 } });
      await drain();
      expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
        status: 'failed',
        attempts: 2,
      });
      expect((await db.job.findUniqueOrThrow({ where: { key: `webhook:${delivery.id}` } })).failedAt).not.toBeNull();
    } finally {
      answer = 200;
    }
  });

  it('refuses at delivery a webhook whose address is private when the configuration does not allow it', async () => {
    const { measure, webhookId } = await followerWithWebhook('/private');
    const before = received.length;
    await change(measure.id);
    await drain(false);
    expect(received.length).toBe(before);
    expect((await db.webhookDelivery.findFirstOrThrow({ where: { webhookId } })).lastError).toMatch(
      /https:\/\/|refused/,
    );
  });
});

describe('webhook registration', () => {
  it('accepts https on a public address only, and refuses private, loopback and link-local ones', async () => {
    const user = await db.user.create({ data: { email: `${uniqueSlug('reg')}@example.test` } });
    const options = { authSecret: AUTH_SECRET, allowPrivate: false };
    for (const [url, reason] of [
      ['http://93.184.215.14/hook', /https:\/\//],
      ['https://127.0.0.1/hook', /127\.0\.0\.1.*refused/],
      ['https://10.1.2.3/hook', /refused/],
      ['https://192.168.0.10/hook', /refused/],
      ['https://169.254.169.254/latest', /refused/],
      ['https://[::1]/hook', /refused/],
      ['https://[fd00::1]/hook', /refused/],
      ['https://[::ffff:10.0.0.1]/hook', /refused/],
      ['https://localhost/hook', /refused/],
      ['https://user:pw@93.184.215.14/hook', /user name or password/],
      ['not a url', /full address/],
    ] as const) {
      const result = await createWebhook(db, user.id, url, options);
      expect(result.ok, url).toBe(false);
      if (!result.ok) expect(result.error, url).toMatch(reason);
    }
    const good = await createWebhook(db, user.id, 'https://93.184.215.14/hook', options);
    expect(good).toMatchObject({ ok: true });
    expect(await db.webhook.count({ where: { userId: user.id } })).toBe(1);
    // The secret is stored encrypted, never as given.
    if (good.ok)
      expect((await db.webhook.findUniqueOrThrow({ where: { id: good.id } })).secretEncrypted).not.toContain(
        good.secret,
      );
  });

  it('classifies addresses and allows private ones only in a non-production test configuration', () => {
    expect(['8.8.8.8', '2606:4700:4700::1111'].every(isPublicAddress)).toBe(true);
    expect(
      [
        '127.0.0.1',
        '10.0.0.1',
        '172.16.5.4',
        '192.168.1.1',
        '169.254.1.1',
        '100.64.0.1',
        '0.0.0.0',
        '::1',
        'fe80::1',
        'fc00::1',
        '::ffff:127.0.0.1',
      ].some(isPublicAddress),
    ).toBe(false);
    expect(webhooksAllowPrivate({ WEBHOOKS_ALLOW_PRIVATE: '1', NODE_ENV: 'test' })).toBe(true);
    expect(webhooksAllowPrivate({ WEBHOOKS_ALLOW_PRIVATE: '1', NODE_ENV: 'production', AUTH_SECRET })).toBe(false);
    expect(webhooksAllowPrivate({ NODE_ENV: 'test' })).toBe(false);
    expect(signPayload('s', 1, 'b')).toMatch(/^v1=[0-9a-f]{64}$/);
  });
});
