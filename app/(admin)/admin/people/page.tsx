import type { Metadata } from 'next';
import { listQuery, RecordList } from '@/components/admin/record-list';
import { requirePermission } from '@/lib/auth/session';
import { findPeopleForEditor } from '@/lib/people/editor-queries';

export const metadata: Metadata = { title: 'Edit people', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminPeoplePage({ searchParams }: Props) {
  await requirePermission('person.edit', '/admin/people');
  const query = listQuery((await searchParams).q);
  const people = await findPeopleForEditor({ query });
  return (
    <RecordList
      title="People"
      basePath="/admin/people"
      newLabel="New person"
      searchLabel="Name"
      query={query}
      caption={`${people.length} ${people.length === 1 ? 'person' : 'people'}, by family name`}
      columns={['Latest office']}
      rows={people.map((person) => {
        const office = person.memberships[0];
        return {
          id: person.id,
          name: person.name,
          cells: [office ? `${office.role}, ${office.body.name}` : '—'],
          publicPath: `/people/${person.slug}`,
        };
      })}
    />
  );
}
