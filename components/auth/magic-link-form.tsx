'use client';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/actions/safe-action';
import { requestMagicLink } from '@/lib/auth/actions';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';

export function MagicLinkForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(requestMagicLink, {} as ActionState);
  return (
    <form action={action} aria-label="Sign in with an email link" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
      <FormField
        idPrefix="magic"
        spec={{
          name: 'email',
          label: 'Email for the sign-in link',
          kind: 'email',
          autoComplete: 'email',
          required: true,
        }}
        value={state.values?.email}
        errors={state.errors?.email}
      />
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Sending…' : 'Email me a sign-in link'}
      </button>
    </form>
  );
}
