import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { findBodiesForEditor } from '@/lib/bodies/editor-queries';

export const metadata: Metadata = { title: 'Edit bodies', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminBodiesPage({ searchParams }: Props) {
  await requirePermission('body.edit', '/admin/bodies');
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.slice(0, 200) : '';
  const bodies = await findBodiesForEditor({ query });
  return (
    <>
      <h1>Bodies</h1>
      <p>
        <Link className="button button-primary" href="/admin/bodies/new">
          New body
        </Link>
      </p>
      <form role="search" aria-label="Search bodies" action="/admin/bodies">
        <label htmlFor="bodies-q">Name</label> <input id="bodies-q" name="q" type="search" defaultValue={query} />{' '}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {bodies.length} bodies{query ? ` matching “${query}”` : ''}, by name
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Jurisdiction</th>
              <th scope="col">Part of</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((body) => (
              <tr key={body.id}>
                <td>
                  <Link href={`/admin/bodies/${body.id}`}>{body.name}</Link>
                </td>
                <td>{body.classification.replace(/_/g, ' ')}</td>
                <td>{body.jurisdiction?.name ?? '—'}</td>
                <td>{body.parent?.name ?? '—'}</td>
                <td>
                  <Link href={`/bodies/${body.slug}`}>/bodies/{body.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
