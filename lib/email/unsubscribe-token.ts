// One-click unsubscribe links carry a signed token instead of a session: the mail client posts it without cookies.
// The token is signed for this one purpose (lib/auth/user-token.ts), so it is good for nothing else.
import { userTokens } from '@/lib/auth/user-token';

const tokens = userTokens('resolution-tracker/unsubscribe/v1');

export const createUnsubscribeToken = tokens.create;
/** The user id the token was made for, or null when it is malformed or was not signed with this secret. */
export const verifyUnsubscribeToken = tokens.verify;
