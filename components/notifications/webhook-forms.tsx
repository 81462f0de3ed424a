'use client';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { addWebhook, removeWebhook } from '@/lib/webhooks/actions';

export function AddWebhookForm() {
  const [state, action] = useActionState(addWebhook, {} as ActionState);
  return (
    <form action={action} aria-label="Add a webhook" noValidate>
      <FormMessage state={state} />
      <FormField
        idPrefix="webhook"
        spec={{
          name: 'url',
          label: 'Webhook address',
          kind: 'url',
          hint: 'An https address that accepts a JSON POST for each of your notifications.',
          required: true,
        }}
        errors={state.errors?.url}
        value={state.ok ? '' : state.values?.url}
      />
      <FormSubmit label="Add webhook" pendingLabel="Adding…" />
    </form>
  );
}

export function RemoveWebhookButton({ id, url }: { id: number; url: string }) {
  const [state, action] = useActionState(removeWebhook, {} as ActionState);
  return (
    <form action={action} className="inline-form" aria-label={`Remove webhook ${url}`}>
      <input type="hidden" name="id" value={id} />
      <FormSubmit label="Remove" variant="plain" />
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
