// The webhook job: one notification to one endpoint, signed and timestamped. Every attempt is logged on the
// WebhookDelivery row; a failure is thrown so the queue retries it with backoff, and the last one marks it failed.
import type { DbTx } from '@/lib/changes/record-change';
import { WebhookAddressRefused } from '@/lib/webhooks/address';
import { postJson } from '@/lib/webhooks/post';
import { decryptSecret, signPayload } from '@/lib/webhooks/signing';
import { webhookUrlProblem } from '@/lib/webhooks/url';

export type WebhookContext = {
  db: DbTx;
  authSecret: string;
  siteUrl: string;
  allowPrivate: boolean;
  timeoutMs?: number;
};

export type DeliveryOutcome = 'delivered' | 'already-delivered' | 'gone';

export async function deliverWebhook(
  ctx: WebhookContext,
  deliveryId: bigint,
  attempt: { last: boolean },
): Promise<DeliveryOutcome> {
  const delivery = await ctx.db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  if (!delivery) return 'gone'; // the webhook was removed
  if (delivery.status === 'delivered') return 'already-delivered';
  const notification = await ctx.db.notification.findUnique({ where: { id: delivery.notificationId } });
  if (!notification) return 'gone';

  const body = JSON.stringify({
    id: String(delivery.id),
    type: 'notification',
    createdAt: notification.createdAt.toISOString(),
    notification: {
      summary: notification.summary,
      reason: notification.reason,
      url: new URL(notification.path, ctx.siteUrl).toString(),
    },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'x-rt-delivery': String(delivery.id),
    'x-rt-timestamp': String(timestamp),
    'x-rt-signature': signPayload(decryptSecret(ctx.authSecret, delivery.webhook.secretEncrypted), timestamp, body),
  };

  let status: number | null = null;
  try {
    const url = new URL(delivery.webhook.url);
    const problem = webhookUrlProblem(url, ctx.allowPrivate);
    if (problem) throw new WebhookAddressRefused(problem);
    ({ status } = await postJson(url, body, headers, {
      allowPrivate: ctx.allowPrivate,
      timeoutMs: ctx.timeoutMs ?? 10_000,
    }));
    if (status < 200 || status >= 300) throw new Error(`The endpoint answered ${status}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await ctx.db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: { increment: 1 },
        responseStatus: status,
        lastError: message.slice(0, 500),
        status: attempt.last ? 'failed' : 'pending',
      },
    });
    throw error;
  }
  await ctx.db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      attempts: { increment: 1 },
      responseStatus: status,
      lastError: null,
      status: 'delivered',
      deliveredAt: new Date(),
    },
  });
  return 'delivered';
}
