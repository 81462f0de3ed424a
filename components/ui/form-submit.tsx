'use client';
import { useFormStatus } from 'react-dom';

/** A submit button that says it is working while its form is being sent. */
export function FormSubmit({
  label,
  pendingLabel,
  variant = 'primary',
}: {
  label: string;
  pendingLabel?: string;
  variant?: 'primary' | 'plain';
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={variant === 'primary' ? 'button button-primary' : 'button'}
      disabled={pending}
      aria-disabled={pending}
    >
      {pending ? (pendingLabel ?? `${label}…`) : label}
    </button>
  );
}
