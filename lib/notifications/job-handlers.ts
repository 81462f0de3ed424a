// The kinds of job alerts queue, and what runs each.
import { z } from 'zod';
import type { DbTx } from '@/lib/changes/record-change';
import type { Mailer } from '@/lib/email/transport';
import type { JobHandler } from '@/lib/jobs/worker';
import { fanOutChange } from '@/lib/notifications/fanout';
import { sendNotificationEmail } from '@/lib/notifications/send-email';

export type AlertContext = {
  db: DbTx;
  /** Null when no SMTP server is configured: notifications are made, emails are not queued. */
  mailer: Mailer | null;
  from: string;
  siteUrl: string;
  secret: string;
};

const bigintId = z.string().regex(/^\d+$/).transform(BigInt);
const fanoutPayload = z.object({ changeEventId: bigintId });
const emailPayload = z.object({ notificationId: bigintId });

export function alertJobHandlers(ctx: AlertContext): Record<string, JobHandler> {
  return {
    fanout: async (job) => {
      await fanOutChange(ctx.db, fanoutPayload.parse(job.payload).changeEventId, { email: ctx.mailer !== null });
    },
    email: async (job) => {
      // Queued while SMTP was configured and the server restarted without it: fail, to be retried once it is back.
      if (!ctx.mailer) throw new Error('No SMTP server is configured (SMTP_URL)');
      await sendNotificationEmail({ ...ctx, mailer: ctx.mailer }, emailPayload.parse(job.payload).notificationId);
    },
  };
}
