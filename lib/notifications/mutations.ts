// A member's own inbox state and email preference. These are not records of the tracker (no change event, like
// sessions): reading a notification changes nothing anyone else sees.
import type { DbTx } from '@/lib/changes/record-change';
import type { EmailFrequency } from '@/lib/generated/prisma/enums';

/** Marks the member's notifications read: the ones named, or all. The number marked. */
export async function markNotificationsRead(db: DbTx, userId: string, ids: bigint[] | 'all'): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids === 'all' ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return count;
}

export async function setEmailFrequency(db: DbTx, userId: string, email: EmailFrequency) {
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, email }, update: { email } });
}
