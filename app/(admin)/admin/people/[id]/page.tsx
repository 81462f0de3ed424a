import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EditorForm } from '@/components/admin/editor-form';
import { IdentifiersSection } from '@/components/admin/identifiers-section';
import { MembershipsSection } from '@/components/admin/people-editor-sections';
import { personFields } from '@/components/admin/people-fields';
import { RecordHistory } from '@/components/admin/record-history';
import { requirePermission } from '@/lib/auth/session';
import { addPersonIdentifierAction, removePersonIdentifierAction, updatePersonAction } from '@/lib/people/actions';
import { getMembershipChoices, getPersonForEditor } from '@/lib/people/editor-queries';

export const metadata: Metadata = { title: 'Edit person', robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditPersonPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission('person.edit', `/admin/people/${encodeURIComponent(id)}`);
  const personId = Number(id);
  if (!Number.isSafeInteger(personId) || personId <= 0) notFound();
  const [person, choices, { created }] = await Promise.all([
    getPersonForEditor(personId),
    getMembershipChoices(),
    searchParams,
  ]);
  if (!person) notFound();

  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/people">People</Link>
      </p>
      <h1>{person.name}</h1>
      {created ? (
        <p role="status" className="form-message form-message-ok">
          Person created. Add identifiers and memberships below.
        </p>
      ) : null}
      <p>
        Public page: <Link href={`/people/${person.slug}`}>/people/{person.slug}</Link> ·{' '}
        <span className="muted">version {person.version}</span>
      </p>
      <section className="editor-section" aria-labelledby="details">
        <h2 id="details">Details</h2>
        <EditorForm
          action={updatePersonAction}
          hidden={{ id: person.id, version: person.version }}
          fields={personFields(person)}
          submitLabel="Save details"
          label="Details"
        />
      </section>
      <IdentifiersSection
        identifiers={person.identifiers}
        owner={{ personId: person.id, version: person.version }}
        addAction={addPersonIdentifierAction}
        removeAction={removePersonIdentifierAction}
      />
      <MembershipsSection person={person} choices={choices} />
      <div className="editor-section">
        <RecordHistory entityType="person" entityId={person.id} />
      </div>
    </>
  );
}
