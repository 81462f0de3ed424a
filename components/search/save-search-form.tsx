'use client';
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { saveSearchAction } from '@/lib/saved-searches/actions';

/** Saves the search being viewed under a name (signed-in members); works without JavaScript too. */
export function SaveSearchForm({ query, suggestedName }: { query: string; suggestedName: string }) {
  const [state, action] = useActionState(saveSearchAction, {} as ActionState);
  return (
    <form action={action} className="save-search" aria-label="Save this search">
      <FormMessage state={state} labels={{ name: 'Name' }} />
      <input type="hidden" name="query" value={query} />
      <FormField
        spec={{ name: 'name', label: 'Save this search as', required: true }}
        idPrefix="save-search"
        value={state.values?.name ?? suggestedName}
        errors={state.errors?.name ?? state.errors?.query}
      />
      <FormSubmit label="Save search" pendingLabel="Saving…" />
    </form>
  );
}
