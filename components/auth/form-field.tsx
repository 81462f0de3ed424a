import type { InputHTMLAttributes } from 'react';

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; errors?: string[]; hint?: string };

/** A labelled input with its errors beside it (aria-describedby), for the account forms. */
export function FormField({ name, label, errors, hint, id = `field-${name}`, ...input }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field" style={{ display: 'flex', flexDirection: 'column', gap: '0.25rem', margin: '0 0 0.9rem' }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="muted">
          {hint}
        </span>
      ) : null}
      <input id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className="button" style={{ maxWidth: '24rem' }} {...input} />
      {errors?.length ? (
        <span id={errorId} style={{ color: 'var(--bad)' }}>
          {errors.join(' ')}
        </span>
      ) : null}
    </div>
  );
}
