// A member's notifications, always read with their own id in the where: nobody reads another's.
import type { DbTx } from '@/lib/changes/record-change';
import type { EmailFrequency } from '@/lib/generated/prisma/enums';

export const NOTIFICATION_PAGE_SIZE = 50;

export async function listNotifications(db: DbTx, userId: string, options: { limit?: number } = {}) {
  return db.notification.findMany({
    where: { userId },
    orderBy: { id: 'desc' },
    take: options.limit ?? NOTIFICATION_PAGE_SIZE,
    select: { id: true, summary: true, reason: true, path: true, readAt: true, createdAt: true },
  });
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];

export function countUnreadNotifications(db: DbTx, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function getEmailFrequency(db: DbTx, userId: string): Promise<EmailFrequency> {
  const preference = await db.notificationPreference.findUnique({ where: { userId }, select: { email: true } });
  return preference?.email ?? 'immediate';
}
