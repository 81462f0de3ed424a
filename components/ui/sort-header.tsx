// The column headers of a server-sorted table (TanStack Table's core run on the server): each a link that sorts by
// its column, or reverses the order when it already does, with the state announced to screen readers. Used by the
// measures list and the dashboard.
import Link from '@/components/ui/link';

type Sorted = false | 'asc' | 'desc';

/** The direction a click on a column asks for: the other one when sorted by it, else its natural one. */
export function nextSortDir(
  columnId: string,
  sorted: Sorted,
  descendingFirst: string[] = ['lastAction'],
): 'asc' | 'desc' {
  if (sorted) return sorted === 'asc' ? 'desc' : 'asc';
  return descendingFirst.includes(columnId) ? 'desc' : 'asc';
}

/** `href` is null for a column that does not sort. */
export function SortHeader({ label, sorted, href }: { label: string; sorted: Sorted; href: string | null }) {
  return (
    <th scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
      {href ? (
        <Link href={href}>
          {label}
          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
          <span className="visually-hidden">
            {sorted ? `, sorted ${sorted === 'asc' ? 'ascending' : 'descending'}; click to reverse` : ', click to sort'}
          </span>
        </Link>
      ) : (
        label
      )}
    </th>
  );
}

/** What SortableHead reads of a table: its header groups (TanStack Table's `getHeaderGroups()`). */
type HeaderTable = {
  getHeaderGroups(): {
    id: string;
    headers: {
      id: string;
      column: { id: string; getIsSorted(): Sorted; getCanSort(): boolean; columnDef: { header?: unknown } };
    }[];
  }[];
};

/** The table's head: a SortHeader per column, linking to `hrefFor(column, direction)` when the column sorts. */
export function SortableHead({
  table,
  hrefFor,
}: {
  table: HeaderTable;
  hrefFor: (columnId: string, dir: 'asc' | 'desc') => string;
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            const id = header.column.id;
            return (
              <SortHeader
                key={header.id}
                label={String(header.column.columnDef.header)}
                sorted={sorted}
                href={header.column.getCanSort() ? hrefFor(id, nextSortDir(id, sorted)) : null}
              />
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
