// One-click unsubscribe: a valid token turns the member's alert email off (in-app notifications go on).
import type { DbTx } from '@/lib/changes/record-change';
import { verifyUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { setEmailFrequency } from '@/lib/notifications/mutations';

/** The email of the member unsubscribed, or null when the token is not valid or names no account. */
export async function unsubscribeWithToken(db: DbTx, secret: string, token: string): Promise<string | null> {
  const userId = verifyUnsubscribeToken(secret, token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return null;
  await setEmailFrequency(db, userId, 'off');
  return user.email;
}
