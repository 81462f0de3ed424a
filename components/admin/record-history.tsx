// A record's change history on its edit page: who changed what, when, from what to what.
import { requirePermission } from '@/lib/auth/session';
import { getRecordHistory, type FieldChange } from '@/lib/changes/queries';
import type { ChangeEntityType } from '@/lib/changes/record-change';
import { db } from '@/lib/db';

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const OPERATIONS: Record<string, string> = { create: 'added', update: 'changed', delete: 'removed' };

function show(value: unknown): string {
  if (value == null || value === '') return '(empty)';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/.test(value) ? value.slice(0, 10) : value;
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '(none)';
  return JSON.stringify(value);
}

function label(entityType: string): string {
  return entityType.replace(/([A-Z])/g, ' $1').toLowerCase().replace('measure target', 'addressee').replace('source citation', 'source citation');
}

function Changes({ changes, operation }: { changes: FieldChange[]; operation: string }) {
  if (!changes.length) return null;
  return (
    <ul className="history-changes">
      {changes.map((change) => (
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
    </ul>
  );
}

export async function RecordHistory({ entityType, entityId, title = 'Change history' }: { entityType: ChangeEntityType; entityId: string | number; title?: string }) {
  await requirePermission('history.read');
  const entries = await getRecordHistory(db, { entityType, entityId });
  return (
    <section aria-labelledby="record-history">
      <h2 id="record-history">{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">No changes recorded.</p>
      ) : (
        <ol className="plain-list history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <time dateTime={entry.at.toISOString()}>{when.format(entry.at)} UTC</time> · {entry.who} {OPERATIONS[entry.operation] ?? entry.operation}{' '}
                {label(entry.entityType)} {entry.entityType === entityType && entry.entityId === String(entityId) ? '' : `#${entry.entityId}`}
              </p>
              <details>
                <summary>{entry.changes.length} field{entry.changes.length === 1 ? '' : 's'}</summary>
                <Changes changes={entry.changes} operation={entry.operation} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
