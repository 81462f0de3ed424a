'use client';
// Link a related measure: type-ahead over the measures in the tracker (by number or title), or a measure not in it
// yet given as identifier plus body or jurisdiction. Without JavaScript the typed identifier is matched on the
// server (one measure with that number links to it; none leaves the link waiting for the measure to be entered).
import { useActionState, useEffect, useId, useState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ActionState } from '@/lib/actions/safe-action';
import { addRelatedMeasureAction } from '@/lib/relations/actions';

type Suggestion = { id: number; label: string };
type FormState = ActionState & { seq: number };

const labels: Record<string, string> = {
  type: 'Relation',
  targetIdentifier: 'Related measure',
  targetJurisdictionText: 'Body or jurisdiction',
  evidenceQuote: 'Evidence quote',
  evidenceUrl: 'Evidence source',
};

export function AddRelationForm({
  measureId,
  relationTypes,
}: {
  measureId: number;
  relationTypes: { value: string; label: string }[];
}) {
  const prefix = useId().replace(/:/g, '');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Suggestion | null>(null);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [state, formAction] = useActionState<FormState, FormData>(
    async (prev, formData) => {
      const result = await addRelatedMeasureAction(prev, formData);
      // An accepted relation starts the next one afresh (set here, in the action's transition, not in an effect).
      if (result.ok) {
        setPicked(null);
        setQuery('');
      }
      return { ...result, seq: prev.seq + 1 };
    },
    { seq: 0 },
  );
  const values = state.ok ? {} : (state.values ?? {});
  const searching = !picked && query.trim().length >= 2;
  // What was found for an earlier query is not shown once the field is picked or too short to search.
  const shown = searching ? suggestions : [];

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/dashboard/measure-search?q=${encodeURIComponent(query)}&exclude=${measureId}`, {
        signal: controller.signal,
        cache: 'no-store',
      })
        .then((response) => (response.ok ? response.json() : []))
        .then((list: Suggestion[]) => setSuggestions(list))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, searching, measureId]);

  const targetId = `${prefix}-targetIdentifier`;
  const targetErrors = [...(state.errors?.targetIdentifier ?? []), ...(state.errors?.toMeasureId ?? [])];
  const listId = `${prefix}-suggestions`;

  return (
    <form action={formAction} className="editor-form" aria-label="Add a related measure" noValidate>
      <input type="hidden" name="measureId" value={measureId} />
      {picked ? <input type="hidden" name="toMeasureId" value={picked.id} /> : null}
      {/* Remounted after every submission (React resets a form after its action): a refused form shows what was typed,
          an accepted one starts empty. */}
      <div className="editor-fields" key={state.seq}>
        <FormField
          spec={{
            name: 'type',
            label: labels.type!,
            kind: 'select',
            required: true,
            emptyOption: 'Choose…',
            options: relationTypes,
          }}
          idPrefix={prefix}
          value={values.type}
          errors={state.errors?.type}
        />
        <div className="form-field form-field-wide">
          <label htmlFor={targetId}>
            {labels.targetIdentifier}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={targetId}
            name="targetIdentifier"
            type="text"
            aria-describedby={`${targetId}-hint${targetErrors.length ? ` ${targetId}-error` : ''}`}
            aria-invalid={targetErrors.length ? true : undefined}
            defaultValue={values.targetIdentifier}
            onChange={(event) => {
              setPicked(null);
              setQuery(event.target.value);
            }}
            autoComplete="off"
          />
          <p aria-live="polite" className="visually-hidden">
            {shown.length ? `${shown.length} measures in the tracker match; they follow the field.` : ''}
          </p>
          <ul
            id={listId}
            className="suggestions plain-list"
            aria-label="Measures in the tracker"
            hidden={shown.length === 0}
          >
            {shown.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="button"
                  onClick={(event) => {
                    const input = (event.currentTarget.form?.elements.namedItem('targetIdentifier') ??
                      null) as HTMLInputElement | null;
                    if (input) input.value = s.label;
                    setPicked(s);
                    setSuggestions([]);
                  }}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ul>
          <p id={`${targetId}-hint`} className="form-hint">
            {picked
              ? `Linked to ${picked.label}.`
              : 'Type a number or words of the title and pick a suggestion, or type the identifier of a measure not in the tracker yet (e.g. "H.Res. 999").'}
          </p>
          {targetErrors.length ? (
            <p id={`${targetId}-error`} className="form-error">
              {targetErrors.join(' ')}
            </p>
          ) : null}
        </div>
        <FormField
          spec={{
            name: 'targetJurisdictionText',
            label: labels.targetJurisdictionText!,
            hint: 'Only for a measure not in the tracker: e.g. "U.S. House" or "Los Angeles City Council".',
          }}
          idPrefix={prefix}
          value={values.targetJurisdictionText}
          errors={state.errors?.targetJurisdictionText}
        />
        <FormField
          spec={{
            name: 'evidenceQuote',
            label: labels.evidenceQuote!,
            kind: 'textarea',
            wide: true,
            hint: 'A quote from the text that shows the relation, or give a source below.',
          }}
          idPrefix={prefix}
          value={values.evidenceQuote}
          errors={state.errors?.evidenceQuote}
        />
        <FormField
          spec={{ name: 'evidenceUrl', label: labels.evidenceUrl!, kind: 'url', hint: 'http:// or https:// address.' }}
          idPrefix={prefix}
          value={values.evidenceUrl}
          errors={state.errors?.evidenceUrl}
        />
      </div>
      {state.errors?._form ? <p className="form-error">{state.errors._form.join(' ')}</p> : null}
      <FormMessage state={state} labels={labels} />
      <FormSubmit label="Add related measure" />
    </form>
  );
}
