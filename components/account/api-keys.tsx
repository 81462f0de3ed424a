'use client';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { addApiKey, removeApiKey } from '@/lib/api/actions';

export function AddApiKeyForm() {
  const [state, action] = useActionState(addApiKey, {} as ActionState);
  return (
    <form action={action} aria-label="Create an API key" noValidate>
      <FormMessage state={state} />
      <FormField
        idPrefix="api-key"
        spec={{ name: 'name', label: 'Key name', hint: 'What will use it, e.g. "newsroom scraper".', required: true }}
        errors={state.errors?.name}
        value={state.ok ? '' : state.values?.name}
      />
      <FormSubmit label="Create key" pendingLabel="Creating…" />
    </form>
  );
}

export function RevokeApiKeyButton({ id, name }: { id: number; name: string }) {
  const [state, action] = useActionState(removeApiKey, {} as ActionState);
  return (
    <form action={action} className="inline-form" aria-label={`Revoke API key ${name}`}>
      <input type="hidden" name="id" value={id} />
      <FormSubmit label="Revoke" variant="plain" />
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
