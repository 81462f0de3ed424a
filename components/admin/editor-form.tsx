'use client';
// One editor form: posts to a server action made with defineAction, shows each error beside its field, keeps what
// was typed after a refusal, and starts afresh (from the saved values the page passes) after a success.
import { useActionState, useId } from 'react';
import { FormField, type FieldSpec } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState, ServerAction } from '@/lib/actions/safe-action';

type FormState = ActionState & { seq: number };

export type EditorFormProps = {
  action: ServerAction;
  /** Which record, at which version: always the page's, never what a refused submission sent. */
  hidden?: Record<string, string | number>;
  fields?: FieldSpec[];
  submitLabel: string;
  /** An accessible name for the form (forms are landmarks only when named). */
  label?: string;
  inline?: boolean;
};

function typed(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

export function EditorForm({ action, hidden = {}, fields = [], submitLabel, label, inline }: EditorFormProps) {
  const idPrefix = useId().replace(/:/g, '');
  const [state, formAction] = useActionState<FormState, FormData>(
    async (prev, formData) => {
      const result = await action(prev, formData);
      return {
        ...result,
        values: result.ok ? undefined : { ...typed(formData), ...(result.values ?? {}) },
        seq: prev.seq + 1,
      };
    },
    { seq: 0 },
  );
  const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
  const formError = Object.entries(state.errors ?? {})
    .filter(([name]) => !(name in labels))
    .flatMap(([, messages]) => messages);

  return (
    <form
      action={formAction}
      className={inline ? 'editor-form editor-form-inline' : 'editor-form'}
      aria-label={label}
      noValidate
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {/* Remounted after every submission, so a refused form shows what was typed and a saved one the saved values. */}
      <div key={state.seq} className={inline ? 'editor-fields-inline' : 'editor-fields'}>
        {fields.map((spec) => (
          <FormField
            key={spec.name}
            spec={spec}
            idPrefix={idPrefix}
            value={
              state.values
                ? (state.values[spec.name] ?? (spec.kind === 'checkbox' ? '' : undefined))
                : spec.defaultValue
            }
            errors={state.errors?.[spec.name]}
          />
        ))}
      </div>
      {formError.length ? <p className="form-error">{formError.join(' ')}</p> : null}
      <FormMessage state={state} labels={labels} />
      <FormSubmit label={submitLabel} variant={inline && fields.length === 0 ? 'plain' : 'primary'} />
    </form>
  );
}
