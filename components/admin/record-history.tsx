// A record's change history on its edit page: who changed what, when, from what to what.
import { ChangeList, changeTime, entityLabel, operationLabels } from '@/components/admin/change-list';
import { requirePermission } from '@/lib/auth/session';
import { getRecordHistory } from '@/lib/changes/queries';
import type { ChangeEntityType } from '@/lib/changes/record-change';
import { db } from '@/lib/db';

export async function RecordHistory({
  entityType,
  entityId,
  title = 'Change history',
}: {
  entityType: ChangeEntityType;
  entityId: string | number;
  title?: string;
}) {
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
                <time dateTime={entry.at.toISOString()}>{changeTime.format(entry.at)} UTC</time> · {entry.who}{' '}
                {operationLabels[entry.operation] ?? entry.operation} {entityLabel(entry.entityType)}{' '}
                {entry.entityType === entityType && entry.entityId === String(entityId) ? '' : `#${entry.entityId}`}
              </p>
              <details>
                <summary>
                  {entry.changes.length} field{entry.changes.length === 1 ? '' : 's'}
                </summary>
                <ChangeList changes={entry.changes} operation={entry.operation} />
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
