import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EditorForm } from '@/components/admin/editor-form';
import { measureFields } from '@/components/admin/measure-fields';
import {
  ActionsSection,
  AddresseesSection,
  DeleteSection,
  RelationsSection,
  SourcesSection,
  SponsorsSection,
  StatusSection,
} from '@/components/admin/measure-editor-sections';
import { RecordHistory } from '@/components/admin/record-history';
import { TemplateMatches } from '@/components/campaigns/template-matches';
import { can } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { measureName } from '@/lib/format';
import { updateMeasureAction } from '@/lib/measures/actions';
import { getEditorChoices, getMeasureForEditor } from '@/lib/measures/editor-queries';

export const metadata: Metadata = { title: 'Edit measure', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditMeasurePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('measure.edit', `/admin/measures/${encodeURIComponent(id)}`);
  const measureId = Number(id);
  if (!Number.isSafeInteger(measureId) || measureId <= 0) notFound();
  const [measure, choices, { created }] = await Promise.all([
    getMeasureForEditor(measureId),
    getEditorChoices(),
    searchParams,
  ]);
  if (!measure) notFound();

  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/measures">Measures</Link> · {measure.jurisdiction.name}
      </p>
      <h1>{measureName(measure)}</h1>
      {created ? (
        <p role="status" className="form-message form-message-ok">
          Measure created. Add its actions, sponsors and sources below.
        </p>
      ) : null}
      <p>
        Public page: <Link href={`/measures/${measure.slug}`}>/measures/{measure.slug}</Link> ·{' '}
        <span className="muted">version {measure.version}</span>
      </p>
      <nav aria-label="Sections">
        <a href="#details">Details</a> · <a href="#status">Status</a> · <a href="#actions">Actions</a> ·{' '}
        <a href="#sponsors">Sponsors</a> · <a href="#addressees">Addressees</a> · <a href="#relations">Relations</a> ·{' '}
        <a href="#sources">Sources</a> · <a href="#record-history">History</a>
      </nav>
      <section className="editor-section" aria-labelledby="details">
        <h2 id="details">Details</h2>
        <EditorForm
          action={updateMeasureAction}
          hidden={{ id: measure.id, version: measure.version }}
          fields={measureFields(choices, measure)}
          submitLabel="Save details"
          label="Details"
        />
      </section>
      <StatusSection measure={measure} />
      <ActionsSection measure={measure} choices={choices} />
      <SponsorsSection measure={measure} choices={choices} />
      <AddresseesSection measure={measure} choices={choices} />
      <RelationsSection measure={measure} choices={choices} />
      <TemplateMatches measureId={measure.id} linkBase="/measures" />
      <SourcesSection measure={measure} choices={choices} />
      {can(viewer.role, 'measure.delete') ? <DeleteSection measure={measure} name={measureName(measure)} /> : null}
      <div className="editor-section">
        <RecordHistory entityType="measure" entityId={measure.id} />
      </div>
    </>
  );
}
