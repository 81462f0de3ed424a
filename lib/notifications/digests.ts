// Daily and weekly digests. The worker plans each ended period once (a job keyed by the period), and the plan
// queues one digest job per member who takes that digest and was told of something in the period (keyed by period
// and member). Each digest email is one EmailDelivery row (topic = the period), so it is sent once.
import type { DbTx } from '@/lib/changes/record-change';
import { digestMessage } from '@/lib/email/digest-message';
import { createUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { enqueueJob } from '@/lib/jobs/queue';
import { lastEndedPeriod, type DigestPeriod } from '@/lib/notifications/digest-period';
import { claimDelivery, type EmailContext, type SendResult } from '@/lib/notifications/send-email';

/** Queues the plan of the last ended daily and weekly periods (nothing when already queued). */
export async function scheduleDigestPlans(db: DbTx, now = new Date()) {
  for (const frequency of ['daily', 'weekly'] as const) {
    const period = lastEndedPeriod(frequency, now);
    await enqueueJob(db, { kind: 'digest-plan', key: `plan:${period.key}`, payload: { period: period.key } });
  }
}

/** One digest job per member on this frequency with notifications in the period; the number queued. */
export async function planDigests(db: DbTx, period: DigestPeriod): Promise<number> {
  const now = new Date();
  return db.$executeRaw`
    INSERT INTO "Job" ("kind", "key", "payload", "runAt", "createdAt")
    SELECT DISTINCT 'digest', ${period.key}::text || ':' || n."userId", jsonb_build_object('period', ${period.key}::text, 'userId', n."userId"), ${now}::timestamp(3), ${now}::timestamp(3)
    FROM "Notification" n
    JOIN "NotificationPreference" pref ON pref."userId" = n."userId" AND pref."email"::text = ${period.frequency}::text
    WHERE n."createdAt" >= ${period.start} AND n."createdAt" < ${period.end}
    ON CONFLICT ("key") DO NOTHING`;
}

/** Sends a member the digest of a period: the notifications of the period not already emailed one by one. */
export async function sendDigest(ctx: EmailContext, period: DigestPeriod, userId: string): Promise<SendResult> {
  const user = await ctx.db.user.findUnique({
    where: { id: userId },
    select: { email: true, deactivatedAt: true, notificationPrefs: { select: { email: true } } },
  });
  // Switched to another frequency (or off) since: the digest is not wanted any more.
  if (!user || user.deactivatedAt || user.notificationPrefs?.email !== period.frequency) return 'skipped';
  const notifications = await ctx.db.$queryRaw<{ summary: string; path: string; reason: string }[]>`
    SELECT n."summary", n."path", n."reason" FROM "Notification" n
    WHERE n."userId" = ${userId} AND n."createdAt" >= ${period.start} AND n."createdAt" < ${period.end}
      AND NOT EXISTS (SELECT 1 FROM "EmailDelivery" d WHERE d."userId" = n."userId" AND d."topic" = 'notification:' || n."id" AND d."sentAt" IS NOT NULL)
    ORDER BY n."id"`;
  if (!notifications.length) return 'skipped';

  const delivery = await claimDelivery(ctx.db, period.key, userId);
  if (delivery.sentAt) return 'already-sent';
  const info = await ctx.mailer.sendMail(
    digestMessage(
      { to: user.email, period, notifications },
      { from: ctx.from, siteUrl: ctx.siteUrl, unsubscribeToken: createUnsubscribeToken(ctx.secret, userId) },
    ),
  );
  await ctx.db.emailDelivery.update({
    where: { id: delivery.id },
    data: { sentAt: new Date(), messageId: info.messageId ?? null },
  });
  return 'sent';
}
