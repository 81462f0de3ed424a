'use client';
// The header's account link. The shared layout must not read the session (public pages stay static and cached),
// so this asks Auth.js for it in the browser after the page has loaded.
import Link from '@/components/ui/link';
import { useEffect, useState } from 'react';
import { fetchSessionUser, type SessionUser } from '@/components/auth/session-user';

export function AccountMenu() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    fetchSessionUser()
      .then((sessionUser) => {
        if (!live) return;
        setUser(sessionUser);
        if (!sessionUser) return;
        return fetch('/api/notifications/unread', { credentials: 'same-origin', cache: 'no-store' })
          .then((response) => (response.ok ? response.json() : { unread: 0 }))
          .then((body: { unread?: number }) => live && setUnread(body.unread ?? 0));
      })
      .catch(() => live && setUser(null));
    return () => {
      live = false;
    };
  }, []);

  if (user === undefined) return null;
  if (!user) {
    return (
      <li>
        <Link href="/sign-in">Sign in</Link>
      </li>
    );
  }
  return (
    <>
      <li>
        <Link href="/dashboard">Dashboard</Link>
      </li>
      {user.role !== 'member' ? (
        <li>
          <Link href="/admin">Admin</Link>
        </li>
      ) : null}
      <li>
        <Link href="/account/notifications">
          Notifications{unread ? <span className="badge"> {unread} unread</span> : null}
        </Link>
      </li>
      <li>
        <Link href="/account" title={user.name ?? undefined}>
          Account
        </Link>
      </li>
    </>
  );
}
