'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { signOutAction } from '@/lib/auth/actions';

export function SignOutButton() {
  const [, action, pending] = useActionState(signOutAction, {} as ActionState);
  return (
    <form action={action} style={{ display: 'inline' }}>
      <button type="submit" className="button" disabled={pending}>
        Sign out
      </button>
    </form>
  );
}
