// A labelled form field whose error sits beside it and is tied to it with aria-describedby, so a screen reader
// reads the message with the field. Described by plain data (FieldSpec) so server pages can declare their forms.

export type FieldOption = { value: string; label: string };

export type FieldSpec = {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'date' | 'url' | 'checkbox' | 'email' | 'password';
  options?: FieldOption[];
  /** The first option of a select, meaning "none" (value ""). Without it a select must be answered. */
  emptyOption?: string;
  hint?: string;
  required?: boolean;
  defaultValue?: string;
  placeholder?: string;
  autoComplete?: string;
  /** Wide fields take the whole row. */
  wide?: boolean;
};

export type FormFieldProps = {
  spec: FieldSpec;
  /** Unique in the page: the field's id is `${idPrefix}-${name}`. */
  idPrefix: string;
  value?: string;
  errors?: string[];
};

export function FormField({ spec, idPrefix, value, errors }: FormFieldProps) {
  const id = `${idPrefix}-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: spec.name,
    'aria-describedby': describedBy,
    'aria-invalid': errors?.length ? true : undefined,
    required: spec.required,
  } as const;
  const kind = spec.kind ?? 'text';

  let control;
  if (kind === 'textarea') {
    control = <textarea {...common} defaultValue={value} rows={4} placeholder={spec.placeholder} />;
  } else if (kind === 'select') {
    control = (
      <select {...common} defaultValue={value ?? ''}>
        {spec.emptyOption != null || !spec.required ? <option value="">{spec.emptyOption ?? '—'}</option> : null}
        {(spec.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (kind === 'checkbox') {
    control = <input {...common} type="checkbox" defaultChecked={value === 'on' || value === 'true'} />;
  } else {
    // A password is never sent back to the browser, whatever the form kept.
    const kept = kind === 'password' ? undefined : value;
    control = (
      <input
        {...common}
        type={kind}
        defaultValue={kept}
        placeholder={spec.placeholder}
        autoComplete={spec.autoComplete}
      />
    );
  }

  return (
    <div
      className={`form-field${kind === 'checkbox' ? ' form-field-checkbox' : ''}${spec.wide ? ' form-field-wide' : ''}`}
    >
      {/* The mark sits outside the label, so the field's name is exactly its label ("required" is announced from the
          attribute). */}
      <span className="form-label">
        <label htmlFor={id}>{spec.label}</label>
        {spec.required ? <span aria-hidden="true"> *</span> : null}
      </span>
      {control}
      {spec.hint ? (
        <p id={hintId} className="form-hint">
          {spec.hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="form-error">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
