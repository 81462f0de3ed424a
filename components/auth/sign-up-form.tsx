'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { signUp } from '@/lib/auth/actions';
import { FormField } from './form-field';
import { FormStatus } from './form-status';

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, {} as ActionState);
  return (
    <form action={action} aria-label="Create an account" noValidate>
      <FormStatus state={state} />
      <FormField name="name" label="Name (optional)" autoComplete="name" defaultValue={state.values?.name} errors={state.errors?.name} />
      <FormField name="email" label="Email" type="email" autoComplete="email" required defaultValue={state.values?.email} errors={state.errors?.email} />
      <FormField name="password" label="Password" type="password" autoComplete="new-password" hint="At least 10 characters." required errors={state.errors?.password} />
      <FormField name="confirmPassword" label="Password again" type="password" autoComplete="new-password" required errors={state.errors?.confirmPassword} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Creating…' : 'Create account'}
      </button>
    </form>
  );
}
