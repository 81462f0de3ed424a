'use client';
// The header's account link. The shared layout must not read the session (public pages stay static and cached),
// so this asks Auth.js for it in the browser after the page has loaded.
import Link from 'next/link';
import { useEffect, useState } from 'react';

type SessionUser = { email: string; role: 'member' | 'editor' | 'admin' };

export function AccountMenu() {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch('/api/auth/session', { credentials: 'same-origin', cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: SessionUser } | null) => live && setUser(session?.user ?? null))
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
        <Link href="/account" title={user.email}>
          Account
        </Link>
      </li>
    </>
  );
}
