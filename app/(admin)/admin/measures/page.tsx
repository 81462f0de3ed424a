import type { Metadata } from 'next';
import { listQuery, RecordList } from '@/components/admin/record-list';
import { requirePermission } from '@/lib/auth/session';
import { measureName, measureTypeLabels } from '@/lib/format';
import { listMeasuresForEditor } from '@/lib/measures/editor-queries';
import { outcomeLabel, stageLabel } from '@/lib/status';

export const metadata: Metadata = { title: 'Edit measures', robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; deleted?: string }> };

export default async function AdminMeasuresPage({ searchParams }: Props) {
  await requirePermission('measure.edit', '/admin/measures');
  const { q, deleted } = await searchParams;
  const query = listQuery(q);
  const measures = await listMeasuresForEditor({ query });
  return (
    <RecordList
      title="Measures"
      basePath="/admin/measures"
      newLabel="New measure"
      searchLabel="Identifier or title"
      query={query}
      caption={`${measures.length} measures, most recently changed first`}
      notice={deleted ? 'Measure deleted.' : null}
      nameHeader="Measure"
      columns={['Type', 'Body', 'Status']}
      rows={measures.map((measure) => ({
        id: measure.id,
        name: measureName(measure),
        detail: measure.identifier ? measure.title : null,
        cells: [
          measureTypeLabels[measure.type],
          measure.originBody.name,
          `${stageLabel(measure.stage, measure.type)} · ${outcomeLabel(measure.outcome)}`,
        ],
        publicPath: `/measures/${measure.slug}`,
      }))}
    />
  );
}
