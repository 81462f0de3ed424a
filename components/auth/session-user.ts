'use client';
// Who is signed in, asked of Auth.js in the browser: public pages are static and cannot know. The header's account
// menu and a page's follow button mount together and share one request; a later call (after signing in or out)
// asks again.
// What /api/auth/session answers (lib/auth/config.ts): the name and role, never the session's token or the email.
export type SessionUser = { name: string | null; role: 'member' | 'editor' | 'admin' };

let pending: Promise<SessionUser | null> | null = null;

export function fetchSessionUser(): Promise<SessionUser | null> {
  pending ??= fetch('/api/auth/session', { credentials: 'same-origin', cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : null))
    .then((session: { user?: SessionUser } | null) => session?.user ?? null)
    .finally(() => {
      pending = null;
    });
  return pending;
}
