import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { measureFields } from '@/components/admin/measure-fields';
import { requirePermission } from '@/lib/auth/session';
import { createMeasureAction } from '@/lib/measures/actions';
import { getEditorChoices } from '@/lib/measures/editor-queries';

export const metadata: Metadata = { title: 'New measure', robots: { index: false } };

export default async function NewMeasurePage() {
  await requirePermission('measure.edit', '/admin/measures/new');
  const choices = await getEditorChoices();
  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/measures">Measures</Link>
      </p>
      <h1>New measure</h1>
      <p>Actions, sponsors, addressees, relations and sources are added on the next page, once the measure exists.</p>
      <EditorForm
        action={createMeasureAction}
        fields={measureFields(choices)}
        submitLabel="Create measure"
        label="New measure"
      />
    </>
  );
}
