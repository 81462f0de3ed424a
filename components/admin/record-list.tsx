// The list page every editor section starts from: a "New" button, a name search, and a table whose first column
// links to the edit page and whose last links to the public page. Pages say only what their columns hold.
import Link from '@/components/ui/link';
import type { ReactNode } from 'react';

export type RecordListRow = {
  id: number;
  name: string;
  detail?: string | null;
  cells: ReactNode[];
  publicPath: string;
};

type Props = {
  title: string;
  /** e.g. '/admin/people': the new page, the edit pages and the search form are under it. */
  basePath: string;
  newLabel: string;
  searchLabel: string;
  query: string;
  caption: string;
  /** Headers of the columns between the name and the public page. */
  columns: string[];
  nameHeader?: string;
  rows: RecordListRow[];
  /** A message after a redirect here, e.g. "Measure deleted." */
  notice?: string | null;
};

export function RecordList({
  title,
  basePath,
  newLabel,
  searchLabel,
  query,
  caption,
  columns,
  nameHeader = 'Name',
  rows,
  notice,
}: Props) {
  const searchId = `${basePath.split('/').pop()}-q`;
  return (
    <>
      <h1>{title}</h1>
      {notice ? (
        <p role="status" className="form-message form-message-ok">
          {notice}
        </p>
      ) : null}
      <p>
        <Link className="button button-primary" href={`${basePath}/new`}>
          {newLabel}
        </Link>
      </p>
      <form role="search" aria-label={`Search ${title.toLowerCase()}`} action={basePath}>
        <label htmlFor={searchId}>{searchLabel}</label>{' '}
        <input id={searchId} name="q" type="search" defaultValue={query} />{' '}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {caption}
            {query ? ` matching “${query}”` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`${basePath}/${row.id}`}>{row.name}</Link>
                  {row.detail ? <div className="muted">{row.detail}</div> : null}
                </td>
                {row.cells.map((cell, index) => (
                  <td key={columns[index]}>{cell}</td>
                ))}
                <td>
                  <Link href={row.publicPath}>{row.publicPath}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The q parameter of a list page, as typed, capped. */
export function listQuery(q: string | string[] | undefined): string {
  return typeof q === 'string' ? q.trim().slice(0, 200) : '';
}
