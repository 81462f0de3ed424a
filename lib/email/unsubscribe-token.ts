// One-click unsubscribe links carry a signed token instead of a session: the mail client posts it without
// cookies. The key is derived from AUTH_SECRET for this one purpose, so a token is good for nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'resolution-tracker/unsubscribe/v1';

function signature(secret: string, userId: string): Buffer {
  const key = createHmac('sha256', secret).update(PURPOSE).digest();
  return createHmac('sha256', key).update(userId).digest();
}

export function createUnsubscribeToken(secret: string, userId: string): string {
  return `${Buffer.from(userId).toString('base64url')}.${signature(secret, userId).toString('base64url')}`;
}

/** The user id the token was made for, or null when it is malformed or was not signed with this secret. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [encodedId, encodedSignature, extra] = token.split('.');
  if (!encodedId || !encodedSignature || extra !== undefined) return null;
  const userId = Buffer.from(encodedId, 'base64url').toString();
  const expected = signature(secret, userId);
  const given = Buffer.from(encodedSignature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
