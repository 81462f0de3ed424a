import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { measureName, measureTypeLabels } from '@/lib/format';
import { listMeasuresForEditor } from '@/lib/measures/editor-queries';
import { outcomeLabel, stageLabel } from '@/lib/status';

export const metadata: Metadata = { title: 'Edit measures', robots: { index: false } };

export default async function AdminMeasuresPage() {
  await requirePermission('measure.edit', '/admin/measures');
  const measures = await listMeasuresForEditor();
  return (
    <>
      <h1>Measures</h1>
      <p>
        <Link className="button button-primary" href="/admin/measures/new">
          New measure
        </Link>
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{measures.length} measures, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Type</th>
              <th scope="col">Body</th>
              <th scope="col">Status</th>
              <th scope="col">Public page</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.id}>
                <td>
                  <Link href={`/admin/measures/${measure.id}`}>{measureName(measure)}</Link>
                  {measure.identifier ? <div className="muted">{measure.title}</div> : null}
                </td>
                <td>{measureTypeLabels[measure.type]}</td>
                <td>{measure.originBody.name}</td>
                <td>
                  {stageLabel(measure.stage, measure.type)} · {outcomeLabel(measure.outcome)}
                </td>
                <td>
                  <Link href={`/measures/${measure.slug}`}>/measures/{measure.slug}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
