// How a change event reads to an editor, wherever changes are listed (the audit log, a record's history): the
// fields it touched, from what to what, with dates shown as dates and long text cut.
import type { FieldChange } from '@/lib/changes/queries';

export const changeTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

export const operationLabels: Record<string, string> = { create: 'added', update: 'changed', delete: 'removed' };

/** "measureTarget" → "addressee", "sourceCitation" → "source citation" */
export function entityLabel(entityType: string): string {
  return entityType === 'measureTarget' ? 'addressee' : entityType.replace(/([A-Z])/g, ' $1').toLowerCase();
}

function show(value: unknown): string {
  if (value == null || value === '') return '(empty)';
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value)
      ? value.slice(0, 10)
      : value.length > 120
        ? `${value.slice(0, 117)}…`
        : value;
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '(none)';
  return JSON.stringify(value);
}

export function ChangeList({
  changes,
  operation,
  max = Infinity,
}: {
  changes: FieldChange[];
  operation: string;
  max?: number;
}) {
  if (!changes.length) return <span className="muted">no field changes</span>;
  return (
    <ul className="history-changes">
      {changes.slice(0, max).map((change) => (
        <li key={change.field}>
          <strong>{change.field}</strong>:{' '}
          {operation === 'update' ? (
            <>
              <del>{show(change.before)}</del> → <ins>{show(change.after)}</ins>
            </>
          ) : (
            show(operation === 'delete' ? change.before : change.after)
          )}
        </li>
      ))}
      {changes.length > max ? <li className="muted">and {changes.length - max} more fields</li> : null}
    </ul>
  );
}
