'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { signUp } from '@/lib/auth/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, {} as ActionState);
  return (
    <form action={action} aria-label="Create an account" noValidate>
      <FormMessage state={state} />
      <FormField
        idPrefix="sign-up"
        spec={{ name: 'name', label: 'Name (optional)', autoComplete: 'name' }}
        value={state.values?.name}
        errors={state.errors?.name}
      />
      <FormField
        idPrefix="sign-up"
        spec={{ name: 'email', label: 'Email', kind: 'email', autoComplete: 'email', required: true }}
        value={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        idPrefix="sign-up"
        spec={{
          name: 'password',
          label: 'Password',
          kind: 'password',
          autoComplete: 'new-password',
          hint: 'At least 10 characters.',
          required: true,
        }}
        errors={state.errors?.password}
      />
      <FormField
        idPrefix="sign-up"
        spec={{
          name: 'confirmPassword',
          label: 'Password again',
          kind: 'password',
          autoComplete: 'new-password',
          required: true,
        }}
        errors={state.errors?.confirmPassword}
      />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
