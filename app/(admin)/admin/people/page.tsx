import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { findPeopleForEditor } from '@/lib/people/editor-queries';

export const metadata: Metadata = { title: 'Edit people', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  await requirePermission('person.edit', '/admin/people');
  const { q } = await searchParams;
  const query = typeof q === 'string' ? q.slice(0, 200) : '';
  const people = await findPeopleForEditor({ query });
  return (
    <>
      <h1>People</h1>
      <p>
        <Link className="button button-primary" href="/admin/people/new">
          New person
        </Link>
      </p>
      <form role="search" aria-label="Search people" action="/admin/people">
        <label htmlFor="people-q">Name</label> <input id="people-q" name="q" type="search" defaultValue={query} />{' '}
        <button type="submit" className="button">
          Search
        </button>
      </form>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            {people.length} {people.length === 1 ? 'person' : 'people'}
            {query ? ` matching “${query}”` : ''}, by family name
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Latest office</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  <Link href={`/admin/people/${person.id}`}>{person.name}</Link>
                </td>
                <td>{person.memberships[0] ? `${person.memberships[0].role}, ${person.memberships[0].body.name}` : '—'}</td>
                <td>
                  <Link href={`/people/${person.slug}`}>/people/{person.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
