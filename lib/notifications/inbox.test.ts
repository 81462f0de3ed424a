import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { markNotificationsRead, setEmailFrequency } from '@/lib/notifications/mutations';
import { countUnreadNotifications, getEmailFrequency, listNotifications } from '@/lib/notifications/queries';
import { markReadSchema, preferencesSchema } from '@/lib/notifications/schemas';
import { unsubscribeWithToken } from '@/lib/notifications/unsubscribe';
import { getTestDb } from '@/lib/test/db';
import { uniqueSlug } from '@/prisma/factories';

const db = getTestDb();
const SECRET = 'inbox-test-secret-at-least-32-characters-long!';
const member = () => db.user.create({ data: { email: `${uniqueSlug('inbox')}@example.test` } });
let event = 9_000_000n;

async function notify(userId: string, summary: string) {
  return db.notification.create({
    data: { userId, changeEventId: event++, summary, path: '/measures/x', reason: 'You follow X' },
  });
}

describe('a member’s notifications', () => {
  it('lists newest first, counts unread, and marks read only the member’s own', async () => {
    const [me, other] = [await member(), await member()];
    const first = await notify(me.id, 'first');
    const second = await notify(me.id, 'second');
    const theirs = await notify(other.id, 'theirs');
    expect((await listNotifications(db, me.id)).map((item) => item.summary)).toEqual(['second', 'first']);
    expect(await countUnreadNotifications(db, me.id)).toBe(2);

    expect(await markNotificationsRead(db, me.id, [first.id, theirs.id])).toBe(1);
    expect(await countUnreadNotifications(db, me.id)).toBe(1);
    expect(await countUnreadNotifications(db, other.id)).toBe(1);
    expect(await markNotificationsRead(db, me.id, 'all')).toBe(1);
    expect((await db.notification.findUniqueOrThrow({ where: { id: second.id } })).readAt).not.toBeNull();
    expect(await countUnreadNotifications(db, other.id)).toBe(1);
  });

  it('keeps the email preference, immediate by default', async () => {
    const me = await member();
    expect(await getEmailFrequency(db, me.id)).toBe('immediate');
    await setEmailFrequency(db, me.id, 'off');
    expect(await getEmailFrequency(db, me.id)).toBe('off');
  });

  it('refuses bad form input with a reason', () => {
    expect(preferencesSchema.safeParse({ email: 'hourly' }).error?.issues[0]?.message).toMatch(
      /Choose how you want email/,
    );
    expect(markReadSchema.safeParse({ id: '1; drop' }).success).toBe(false);
    expect(markReadSchema.safeParse({ id: 'all' }).success).toBe(true);
  });
});

describe('one-click unsubscribe', () => {
  it('turns email off for the member the token was signed for', async () => {
    const me = await member();
    expect(await unsubscribeWithToken(db, SECRET, createUnsubscribeToken(SECRET, me.id))).toBe(me.email);
    expect(await getEmailFrequency(db, me.id)).toBe('off');
  });

  it('refuses a token signed with another secret, for another member, or malformed', async () => {
    const [me, other] = [await member(), await member()];
    const forged = createUnsubscribeToken('another-secret-that-is-also-32-characters', me.id);
    const swapped = `${Buffer.from(other.id).toString('base64url')}.${createUnsubscribeToken(SECRET, me.id).split('.')[1]}`;
    for (const token of [forged, swapped, 'nonsense', '', `${createUnsubscribeToken(SECRET, me.id)}.x`]) {
      expect(await unsubscribeWithToken(db, SECRET, token)).toBeNull();
    }
    expect(await getEmailFrequency(db, me.id)).toBe('immediate');
    expect(await getEmailFrequency(db, other.id)).toBe('immediate');
  });
});
