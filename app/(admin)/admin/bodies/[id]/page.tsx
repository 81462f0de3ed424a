import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { bodyFields } from '@/components/admin/body-fields';
import { IdentifiersSection } from '@/components/admin/identifiers-section';
import { EditorForm } from '@/components/admin/editor-form';
import { RecordHistory } from '@/components/admin/record-history';
import { requirePermission } from '@/lib/auth/session';
import { addBodyIdentifierAction, removeBodyIdentifierAction, updateBodyAction } from '@/lib/bodies/actions';
import { getBodyChoices, getBodyForEditor } from '@/lib/bodies/editor-queries';

export const metadata: Metadata = { title: 'Edit body', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditBodyPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission('body.edit', `/admin/bodies/${encodeURIComponent(id)}`);
  const bodyId = Number(id);
  if (!Number.isSafeInteger(bodyId) || bodyId <= 0) notFound();
  const [body, choices, { created }] = await Promise.all([
    getBodyForEditor(bodyId),
    getBodyChoices(bodyId),
    searchParams,
  ]);
  if (!body) notFound();

  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/bodies">Bodies</Link>
        {body.jurisdiction ? ` · ${body.jurisdiction.name}` : ''}
      </p>
      <h1>{body.name}</h1>
      {created ? (
        <p role="status" className="form-message form-message-ok">
          Body created. Add its identifiers below.
        </p>
      ) : null}
      <p>
        Public page: <Link href={`/bodies/${body.slug}`}>/bodies/{body.slug}</Link> ·{' '}
        <span className="muted">version {body.version}</span>
      </p>
      <section className="editor-section" aria-labelledby="details">
        <h2 id="details">Details</h2>
        <EditorForm
          action={updateBodyAction}
          hidden={{ id: body.id, version: body.version }}
          fields={bodyFields(choices, body)}
          submitLabel="Save details"
          label="Details"
        />
      </section>
      <IdentifiersSection
        identifiers={body.identifiers}
        owner={{ bodyId: body.id, version: body.version }}
        addAction={addBodyIdentifierAction}
        removeAction={removeBodyIdentifierAction}
      />
      <div className="editor-section">
        <RecordHistory entityType="body" entityId={body.id} />
      </div>
    </>
  );
}
