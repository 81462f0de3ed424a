'use client';
// The follow button of the public pages. Those pages are static and cached for everyone, so the page cannot know
// who is looking: the button asks in the browser who is signed in, and only then /api/follows for the state. Without
// JavaScript it is still a form posting to the follow action, which follows (following twice is harmless).
import Link from '@/components/ui/link';
import { useActionState, useEffect, useState } from 'react';
import { fetchSessionUser } from '@/components/auth/session-user';
import type { ActionState } from '@/lib/actions/safe-action';
import { followAction } from '@/lib/follows/actions';
import type { FollowKind } from '@/lib/follows/schemas';

type Known = 'unknown' | 'signed-out' | boolean;

export function FollowButton({ kind, id, name }: { kind: FollowKind; id: number; name: string }) {
  const [known, setKnown] = useState<Known>('unknown');
  const [state, action, pending] = useActionState<ActionState, FormData>(followAction, {});
  useEffect(() => {
    let live = true;
    // Signed out: no question to /api/follows, which would answer 401 (an error in every visitor's console).
    fetchSessionUser()
      .then(async (user): Promise<Known> => {
        if (!user) return 'signed-out';
        const response = await fetch(`/api/follows?kind=${kind}&id=${id}`, {
          credentials: 'same-origin',
          cache: 'no-store',
        });
        return response.status === 401
          ? 'signed-out'
          : response.ok
            ? ((await response.json()) as { following: boolean }).following
            : 'unknown';
      })
      .then((value: Known) => live && setKnown(value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kind, id]);

  const following = state.values?.following != null ? state.values.following === 'true' : known === true;
  if (known === 'signed-out') {
    return (
      <p className="follow">
        {/* Styled as the button it replaces, so the page does not move when it arrives. */}
        <Link
          className="button"
          href={`/sign-in?callbackUrl=${encodeURIComponent(typeof window === 'undefined' ? '/' : window.location.pathname)}`}
        >
          Sign in to follow
        </Link>
      </p>
    );
  }
  return (
    <form action={action} className="follow" aria-label={`Follow ${name}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="intent" value={following ? 'unfollow' : 'follow'} />
      {following ? <span role="status">Following </span> : null}
      <button type="submit" className="button" disabled={pending}>
        {following ? 'Unfollow' : 'Follow'}
      </button>
      {state.ok === false && state.message ? (
        <span role="alert" className="form-error">
          {' '}
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
