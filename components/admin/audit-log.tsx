// The audit log's filter form and table. The filters are a GET form, so they live in the URL (shareable, back-button
// safe); the page validates them with lib/changes/audit-queries.ts.
import Link from '@/components/ui/link';
import { AUDIT_ENTITY_TYPES, auditQuery, type AuditEntry, type AuditFilters } from '@/lib/changes/audit-queries';
import { ChangeList, changeTime, entityLabel, operationLabels } from '@/components/admin/change-list';

type Option = { value: string; label: string };

export function AuditFiltersForm({ filters, users }: { filters: AuditFilters; users: Option[] }) {
  const dayValue = (date: Date | undefined) => (date ? date.toISOString().slice(0, 10) : '');
  return (
    <form role="search" aria-label="Filter the audit log" action="/admin/audit" className="editor-form">
      <div className="editor-fields">
        <div className="form-field">
          <label htmlFor="audit-user">User</label>
          <select id="audit-user" name="user" defaultValue={filters.user ?? ''}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-entity">Kind of record</label>
          <select id="audit-entity" name="entity" defaultValue={filters.entity ?? ''}>
            <option value="">Any</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={dayValue(filters.from)} />
        </div>
        <div className="form-field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={dayValue(filters.to)} />
        </div>
      </div>
      <button type="submit" className="button button-primary">
        Filter
      </button>{' '}
      <Link href="/admin/audit">Clear filters</Link>
    </form>
  );
}

export function AuditTable({
  entries,
  filters,
  hasNext,
}: {
  entries: AuditEntry[];
  filters: AuditFilters;
  hasNext: boolean;
}) {
  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption>Changes, newest first{filters.page > 1 ? `, page ${filters.page}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Record</th>
              <th scope="col">Operation</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 ? (
              <tr>
                <td colSpan={5}>No changes match these filters.</td>
              </tr>
            ) : null}
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at.toISOString()}>{changeTime.format(entry.at)}</time>
                </td>
                <td>{entry.who}</td>
                <td>
                  {entry.href ? (
                    <Link href={entry.href}>{`${entityLabel(entry.entityType)} #${entry.entityId}`}</Link>
                  ) : (
                    `${entityLabel(entry.entityType)} #${entry.entityId}`
                  )}
                </td>
                <td>{operationLabels[entry.operation] ?? entry.operation}</td>
                <td>
                  <ChangeList changes={entry.changes} operation={entry.operation} max={8} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {filters.page > 1 || hasNext ? (
        <nav className="pagination" aria-label="Pagination">
          {filters.page > 1 ? (
            <Link href={`/admin/audit${auditQuery(filters, filters.page - 1)}`} rel="prev">
              Newer changes
            </Link>
          ) : null}
          <span aria-current="page">Page {filters.page}</span>
          {hasNext ? (
            <Link href={`/admin/audit${auditQuery(filters, filters.page + 1)}`} rel="next">
              Older changes
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
