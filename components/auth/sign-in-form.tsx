'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { signInWithPassword } from '@/lib/auth/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(signInWithPassword, {} as ActionState);
  return (
    <form action={action} aria-label="Sign in with your password" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <FormField
        idPrefix="sign-in"
        spec={{ name: 'email', label: 'Email', kind: 'email', autoComplete: 'email', required: true }}
        value={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        idPrefix="sign-in"
        spec={{
          name: 'password',
          label: 'Password',
          kind: 'password',
          autoComplete: 'current-password',
          required: true,
        }}
        errors={state.errors?.password}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
