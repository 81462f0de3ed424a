import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { EditorForm } from '@/components/admin/editor-form';
import { personFields } from '@/components/admin/people-fields';
import { requirePermission } from '@/lib/auth/session';
import { createPersonAction } from '@/lib/people/actions';

export const metadata: Metadata = { title: 'New person', robots: { index: false } };

export default async function NewPersonPage() {
  await requirePermission('person.edit', '/admin/people/new');
  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/people">People</Link>
      </p>
      <h1>New person</h1>
      <p>Identifiers and memberships are added on the next page, once the person exists.</p>
      <EditorForm action={createPersonAction} fields={personFields()} submitLabel="Create person" label="New person" />
    </>
  );
}
