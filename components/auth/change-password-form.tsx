'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { changePassword } from '@/lib/auth/actions';
import { FormField } from './form-field';
import { FormStatus } from './form-status';

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState(changePassword, {} as ActionState);
  return (
    <form action={action} aria-label="Change password" noValidate>
      <FormStatus state={state} />
      {hasPassword ? (
        <FormField name="currentPassword" label="Current password" type="password" autoComplete="current-password" required errors={state.errors?.currentPassword} />
      ) : null}
      <FormField name="newPassword" label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." required errors={state.errors?.newPassword} />
      <FormField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" required errors={state.errors?.confirmPassword} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Saving…' : hasPassword ? 'Change password' : 'Set password'}
      </button>
    </form>
  );
}
