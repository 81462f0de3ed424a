// The kinds of job alerts queue, and what runs each.
import { z } from 'zod';
import type { DbTx } from '@/lib/changes/record-change';
import type { Mailer } from '@/lib/email/transport';
import type { JobHandler } from '@/lib/jobs/worker';
import { periodOfKey } from '@/lib/notifications/digest-period';
import { planDigests, sendDigest } from '@/lib/notifications/digests';
import { fanOutChange } from '@/lib/notifications/fanout';
import { sendNotificationEmail } from '@/lib/notifications/send-email';
import { deliverWebhook } from '@/lib/webhooks/deliver';

export type AlertContext = {
  db: DbTx;
  /** Null when no SMTP server is configured: notifications are made, emails are not queued. */
  mailer: Mailer | null;
  from: string;
  siteUrl: string;
  secret: string;
  /** Test configuration only (WEBHOOKS_ALLOW_PRIVATE=1): webhooks may reach loopback and private addresses. */
  allowPrivateWebhooks?: boolean;
};

const bigintId = z.string().regex(/^\d+$/).transform(BigInt);
const fanoutPayload = z.object({ changeEventId: bigintId });
const emailPayload = z.object({ notificationId: bigintId });
const webhookPayload = z.object({ deliveryId: bigintId });
const planPayload = z.object({ period: z.string() });
const digestPayload = z.object({ period: z.string(), userId: z.string().min(1) });

function period(key: string) {
  const value = periodOfKey(key);
  if (!value) throw new Error(`Not a digest period: ${key}`);
  return value;
}

function requireMailer(ctx: AlertContext): Mailer {
  // Queued while SMTP was configured and the server restarted without it: fail, to be retried once it is back.
  if (!ctx.mailer) throw new Error('No SMTP server is configured (SMTP_URL)');
  return ctx.mailer;
}

export function alertJobHandlers(ctx: AlertContext): Record<string, JobHandler> {
  return {
    fanout: async (job) => {
      await fanOutChange(ctx.db, fanoutPayload.parse(job.payload).changeEventId, { email: ctx.mailer !== null });
    },
    email: async (job) => {
      await sendNotificationEmail(
        { ...ctx, mailer: requireMailer(ctx) },
        emailPayload.parse(job.payload).notificationId,
      );
    },
    webhook: async (job) => {
      const webhookContext = {
        db: ctx.db,
        authSecret: ctx.secret,
        siteUrl: ctx.siteUrl,
        allowPrivate: ctx.allowPrivateWebhooks ?? false,
      };
      await deliverWebhook(webhookContext, webhookPayload.parse(job.payload).deliveryId, {
        last: job.attempts >= job.maxAttempts,
      });
    },
    'digest-plan': async (job) => {
      await planDigests(ctx.db, period(planPayload.parse(job.payload).period));
    },
    digest: async (job) => {
      const payload = digestPayload.parse(job.payload);
      await sendDigest({ ...ctx, mailer: requireMailer(ctx) }, period(payload.period), payload.userId);
    },
  };
}
