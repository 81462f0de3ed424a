// A member's calendar feed of the meetings of what they follow is read by calendar apps, which send no cookies: its
// address carries a token signed with a key derived from AUTH_SECRET for this one purpose (like unsubscribe links).
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'resolution-tracker/calendar/v1';

function signature(secret: string, userId: string): Buffer {
  const key = createHmac('sha256', secret).update(PURPOSE).digest();
  return createHmac('sha256', key).update(userId).digest();
}

export function createCalendarToken(secret: string, userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${signature(secret, userId).toString('base64url')}`;
}

export function verifyCalendarToken(secret: string, token: string): string | null {
  const [encodedId, encodedSignature, extra] = token.split('.');
  if (!encodedId || !encodedSignature || extra !== undefined) return null;
  const userId = Buffer.from(encodedId, 'base64url').toString();
  const expected = signature(secret, userId);
  const given = Buffer.from(encodedSignature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
