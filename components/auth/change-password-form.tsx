'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { changePassword } from '@/lib/auth/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const [state, action, pending] = useActionState(changePassword, {} as ActionState);
  return (
    <form action={action} aria-label="Change password" noValidate>
      <FormMessage state={state} />
      {hasPassword ? (
        <FormField
          idPrefix="change-password"
          spec={{
            name: 'currentPassword',
            label: 'Current password',
            kind: 'password',
            autoComplete: 'current-password',
            required: true,
          }}
          errors={state.errors?.currentPassword}
        />
      ) : null}
      <FormField
        idPrefix="change-password"
        spec={{
          name: 'newPassword',
          label: 'New password',
          kind: 'password',
          autoComplete: 'new-password',
          hint: 'At least 10 characters.',
          required: true,
        }}
        errors={state.errors?.newPassword}
      />
      <FormField
        idPrefix="change-password"
        spec={{
          name: 'confirmPassword',
          label: 'New password again',
          kind: 'password',
          autoComplete: 'new-password',
          required: true,
        }}
        errors={state.errors?.confirmPassword}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Saving…' : hasPassword ? 'Change password' : 'Set password'}
      </button>
    </form>
  );
}
