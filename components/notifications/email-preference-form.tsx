'use client';
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { updateNotificationPreferences } from '@/lib/notifications/actions';
import type { EmailFrequency } from '@/lib/generated/prisma/enums';

const CHOICES: { value: EmailFrequency; label: string }[] = [
  { value: 'immediate', label: 'An email for each change, as it happens' },
  { value: 'daily', label: 'A daily digest (sent after midnight UTC)' },
  { value: 'weekly', label: 'A weekly digest (sent on Mondays, UTC)' },
  { value: 'off', label: 'No email (notifications stay on this page)' },
];

export function EmailPreferenceForm({ current }: { current: EmailFrequency }) {
  const [state, action] = useActionState(updateNotificationPreferences, {} as ActionState);
  const chosen = state.values?.email ?? current;
  const error = state.errors?.email;
  return (
    <form action={action} aria-label="Email preference">
      <FormMessage state={state} />
      <fieldset aria-describedby={error ? 'email-preference-error' : undefined}>
        <legend>Email</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" name="email" value={choice.value} defaultChecked={chosen === choice.value} />{' '}
            {choice.label}
          </label>
        ))}
        {error ? (
          <p id="email-preference-error" className="form-error">
            {error.join(' ')}
          </p>
        ) : null}
      </fieldset>
      <FormSubmit label="Save email preference" pendingLabel="Saving…" />
    </form>
  );
}
