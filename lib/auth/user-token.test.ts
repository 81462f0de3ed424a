import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCalendarToken, verifyCalendarToken } from '@/lib/calendar/token';
import { createUnsubscribeToken, verifyUnsubscribeToken } from '@/lib/email/unsubscribe-token';
import { userTokens } from './user-token';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('userTokens', () => {
  it('verifies a token to the user it was made for', () => {
    const tokens = userTokens('test/v1');
    expect(tokens.verify(secret, tokens.create(secret, 'user-1'))).toBe('user-1');
  });

  it('keeps the format of the links already sent: the id, a dot, the HMAC under the purpose key', () => {
    const key = createHmac('sha256', secret).update('resolution-tracker/unsubscribe/v1').digest();
    const mac = createHmac('sha256', key).update('user-1').digest('base64url');
    expect(createUnsubscribeToken(secret, 'user-1')).toBe(`${Buffer.from('user-1').toString('base64url')}.${mac}`);
  });

  it("refuses another purpose's token, another secret's, a changed id or signature, and malformed ones", () => {
    const calendar = createCalendarToken(secret, 'user-1');
    expect(verifyCalendarToken(secret, calendar)).toBe('user-1');
    expect(verifyUnsubscribeToken(secret, calendar)).toBeNull();
    expect(verifyCalendarToken(`${secret}-rotated`, calendar)).toBeNull();
    const [, signature] = calendar.split('.');
    expect(verifyCalendarToken(secret, `${Buffer.from('user-2').toString('base64url')}.${signature}`)).toBeNull();
    expect(verifyCalendarToken(secret, `${calendar.slice(0, -2)}AA`)).toBeNull();
    for (const malformed of ['', '.', 'abc', `${calendar}.extra`, `.${signature}`]) {
      expect(verifyCalendarToken(secret, malformed)).toBeNull();
    }
  });
});
