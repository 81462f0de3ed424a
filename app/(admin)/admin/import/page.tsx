import type { Metadata } from 'next';
import { ImportForm } from '@/components/admin/import-form';
import { requirePermission } from '@/lib/auth/session';
import { importFiles } from '@/lib/import/actions';
import { MAX_IMPORT_BYTES } from '@/lib/import/source-file';

export const metadata: Metadata = { title: 'Import', robots: { index: false } };

// Blocking on purpose: the permission check runs before anything is sent, so the answer is a real redirect or 403.
export const instant = false;

export default async function ImportPage() {
  await requirePermission('import.run', '/admin/import');
  return (
    <>
      <h1>Import</h1>
      <p>
        Official data in, matched against what is already here: importing a file again changes nothing, an updated file
        updates its records in place (followers are told), and a file with an error is refused whole while the others go
        on. The same import runs from the command line: <code>npm run import -- &lt;files or folders&gt;</code>.
      </p>
      <ImportForm action={importFiles} maxMegabytes={MAX_IMPORT_BYTES / 1024 / 1024} />
    </>
  );
}
