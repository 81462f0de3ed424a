import type { Metadata } from 'next';
import { listQuery, RecordList } from '@/components/admin/record-list';
import { requirePermission } from '@/lib/auth/session';
import { findBodiesForEditor } from '@/lib/bodies/editor-queries';

export const metadata: Metadata = { title: 'Edit bodies', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminBodiesPage({ searchParams }: Props) {
  await requirePermission('body.edit', '/admin/bodies');
  const query = listQuery((await searchParams).q);
  const bodies = await findBodiesForEditor({ query });
  return (
    <RecordList
      title="Bodies"
      basePath="/admin/bodies"
      newLabel="New body"
      searchLabel="Name"
      query={query}
      caption={`${bodies.length} bodies, by name`}
      columns={['Kind', 'Jurisdiction', 'Part of']}
      rows={bodies.map((body) => ({
        id: body.id,
        name: body.name,
        cells: [body.classification.replace(/_/g, ' '), body.jurisdiction?.name ?? '—', body.parent?.name ?? '—'],
        publicPath: `/bodies/${body.slug}`,
      }))}
    />
  );
}
