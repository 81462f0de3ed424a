'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { markNotificationRead } from '@/lib/notifications/actions';

/** Marks one notification read (id) or all of them ("all"); works without JavaScript. */
export function MarkReadButton({ id, label }: { id: string; label: string }) {
  const [state, action] = useActionState(markNotificationRead, {} as ActionState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <FormSubmit label={label} variant="plain" />
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
