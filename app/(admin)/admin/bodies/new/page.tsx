import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { bodyFields } from '@/components/admin/body-fields';
import { EditorForm } from '@/components/admin/editor-form';
import { requirePermission } from '@/lib/auth/session';
import { createBodyAction } from '@/lib/bodies/actions';
import { getBodyChoices } from '@/lib/bodies/editor-queries';

export const metadata: Metadata = { title: 'New body', robots: { index: false } };

export default async function NewBodyPage() {
  await requirePermission('body.edit', '/admin/bodies/new');
  const choices = await getBodyChoices();
  return (
    <>
      <p className="eyebrow">
        <Link href="/admin/bodies">Bodies</Link>
      </p>
      <h1>New body</h1>
      <p>Identifiers are added on the next page, once the body exists.</p>
      <EditorForm action={createBodyAction} fields={bodyFields(choices)} submitLabel="Create body" label="New body" />
    </>
  );
}
