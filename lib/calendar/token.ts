// A member's calendar feed of the meetings of what they follow is read by calendar apps, which send no cookies: its
// address carries a token signed for this one purpose (lib/auth/user-token.ts, like unsubscribe links).
import { userTokens } from '@/lib/auth/user-token';

const tokens = userTokens('resolution-tracker/calendar/v1');

export const createCalendarToken = tokens.create;
export const verifyCalendarToken = tokens.verify;
