// A member registers and removes their webhooks. The secret is returned once, at creation, and kept encrypted.
import type { DbTx } from '@/lib/changes/record-change';
import { checkHost, WebhookAddressRefused } from '@/lib/webhooks/address';
import { encryptSecret, newWebhookSecret } from '@/lib/webhooks/signing';
import { webhookUrlProblem } from '@/lib/webhooks/url';

export const MAX_WEBHOOKS = 5;

export type CreateWebhookResult = { ok: true; id: number; secret: string } | { ok: false; error: string };

export async function createWebhook(
  db: DbTx,
  userId: string,
  rawUrl: string,
  options: { authSecret: string; allowPrivate: boolean },
): Promise<CreateWebhookResult> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, error: 'Enter a full address, like https://example.org/hooks/tracker.' };
  }
  const problem = webhookUrlProblem(url, options.allowPrivate);
  if (problem) return { ok: false, error: problem };
  try {
    await checkHost(url.hostname, options.allowPrivate);
  } catch (error) {
    if (error instanceof WebhookAddressRefused) return { ok: false, error: error.message };
    return { ok: false, error: `${url.hostname} could not be resolved: check the address.` };
  }
  if ((await db.webhook.count({ where: { userId } })) >= MAX_WEBHOOKS)
    return { ok: false, error: `You have ${MAX_WEBHOOKS} webhooks already: remove one first.` };
  const secret = newWebhookSecret();
  const webhook = await db.webhook.create({
    data: { userId, url: url.toString(), secretEncrypted: encryptSecret(options.authSecret, secret) },
  });
  return { ok: true, id: webhook.id, secret };
}

/** Removes the member's own webhook (and its delivery log); false when it is not theirs or is gone. */
export async function deleteWebhook(db: DbTx, userId: string, id: number): Promise<boolean> {
  const { count } = await db.webhook.deleteMany({ where: { id, userId } });
  return count > 0;
}

export async function listWebhooks(db: DbTx, userId: string) {
  return db.webhook.findMany({
    where: { userId },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      url: true,
      createdAt: true,
      deliveries: {
        orderBy: { id: 'desc' },
        take: 5,
        select: { id: true, status: true, attempts: true, responseStatus: true, lastError: true, createdAt: true },
      },
    },
  });
}

export type WebhookItem = Awaited<ReturnType<typeof listWebhooks>>[number];
