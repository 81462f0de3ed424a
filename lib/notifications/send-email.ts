// The email job of one notification. The EmailDelivery row, unique per (notification, member), is what makes it
// sent once: a retry after an SMTP failure or a second worker finds sentAt set and stops. A job is held by one
// worker at a time (lib/jobs/queue.ts), so the only window for a double is a crash between the server accepting
// the message and the row being marked, which SMTP itself cannot close.
import type { DbTx } from '@/lib/changes/record-change';
import { alertMessage } from '@/lib/email/alert-message';
import type { Mailer } from '@/lib/email/transport';
import { createUnsubscribeToken } from '@/lib/email/unsubscribe-token';

export type EmailContext = { db: DbTx; mailer: Mailer; from: string; siteUrl: string; secret: string };

export type SendResult = 'sent' | 'already-sent' | 'skipped';

/** The delivery row of (topic, member), made if missing, in one statement: whether it was sent is on it. */
export async function claimDelivery(
  db: DbTx,
  topic: string,
  userId: string,
): Promise<{ id: bigint; sentAt: Date | null }> {
  const [row] = await db.$queryRaw<{ id: bigint; sentAt: Date | null }[]>`
    INSERT INTO "EmailDelivery" ("topic", "userId", "createdAt") VALUES (${topic}, ${userId}, ${new Date()})
    ON CONFLICT ("topic", "userId") DO UPDATE SET "topic" = EXCLUDED."topic"
    RETURNING "id", "sentAt"`;
  return row!;
}

export async function sendNotificationEmail(ctx: EmailContext, notificationId: bigint): Promise<SendResult> {
  const notification = await ctx.db.notification.findUnique({
    where: { id: notificationId },
    select: {
      id: true,
      summary: true,
      reason: true,
      path: true,
      user: { select: { id: true, email: true, deactivatedAt: true, notificationPrefs: { select: { email: true } } } },
    },
  });
  // Gone (account deleted), deactivated or unsubscribed since the change: nothing to send.
  if (
    !notification ||
    notification.user.deactivatedAt ||
    (notification.user.notificationPrefs?.email ?? 'immediate') !== 'immediate'
  )
    return 'skipped';

  const delivery = await claimDelivery(ctx.db, `notification:${notification.id}`, notification.user.id);
  if (delivery.sentAt) return 'already-sent';

  const info = await ctx.mailer.sendMail(
    alertMessage(
      {
        to: notification.user.email,
        summary: notification.summary,
        reason: notification.reason,
        path: notification.path,
      },
      {
        from: ctx.from,
        siteUrl: ctx.siteUrl,
        unsubscribeToken: createUnsubscribeToken(ctx.secret, notification.user.id),
      },
    ),
  );
  await ctx.db.emailDelivery.update({
    where: { id: delivery.id },
    data: { sentAt: new Date(), messageId: info.messageId ?? null },
  });
  return 'sent';
}
