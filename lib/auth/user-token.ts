// Addresses that act for a member without a session (a mail's unsubscribe link, a calendar feed read by a calendar
// app) carry a token: the user id and its HMAC under a key derived from AUTH_SECRET for that one purpose, so a token
// made for one purpose is good for nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The create and verify functions of one purpose's tokens (`purpose`: a fixed name with a version, never reused). */
export function userTokens(purpose: string) {
  const signature = (secret: string, userId: string): Buffer => {
    const key = createHmac('sha256', secret).update(purpose).digest();
    return createHmac('sha256', key).update(userId).digest();
  };
  return {
    create(secret: string, userId: string): string {
      return `${Buffer.from(userId).toString('base64url')}.${signature(secret, userId).toString('base64url')}`;
    },
    /** The user id the token was made for, or null when it is malformed or was not signed with this secret. */
    verify(secret: string, token: string): string | null {
      const [encodedId, encodedSignature, extra] = token.split('.');
      if (!encodedId || !encodedSignature || extra !== undefined) return null;
      const userId = Buffer.from(encodedId, 'base64url').toString();
      const expected = signature(secret, userId);
      const given = Buffer.from(encodedSignature, 'base64url');
      return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
    },
  };
}
