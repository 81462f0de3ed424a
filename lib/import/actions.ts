'use server';
// The admin upload: the same runImport as `npm run import`, as the signed-in editor (their id on every change
// event). The page sends one file per call when JavaScript runs (so it can show progress) and all of them at once
// when it does not; either way each file has its own transaction and its own line in the report.
import { z } from 'zod';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import { updateChangedTags } from '@/lib/actions/settle';
import { db } from '@/lib/db';
import { runImport } from './run-import';
import { MAX_IMPORT_BYTES } from './source-file';
import { toReportView, type ImportState } from './report-view';
import type { ImportInput } from './types';

async function inputOf(file: File): Promise<ImportInput> {
  // Over the cap: not read; the shared check refuses it by its size.
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, bytes: new Uint8Array(0), size: file.size };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export const importFiles = defineAction('import.files', {
  permission: 'import.run',
  schema: z.object({}),
  handler: async (viewer, _data, formData): Promise<ImportState> => {
    const files = formData.getAll('files').filter((f): f is File => f instanceof File && f.name !== '');
    if (!files.length)
      return {
        ok: false,
        status: 400,
        message: 'Some fields need attention.',
        errors: { files: ['Choose at least one file to import.'] },
      } satisfies ActionState;
    const inputs = await Promise.all(files.map(inputOf));
    const report = await runImport(db, inputs, inputs.length, { actorId: viewer.id });
    updateChangedTags(report.files.flatMap((f) => f.changed));
    const t = report.totals;
    return {
      ok: t.failed === 0,
      status: t.failed === 0 ? undefined : 400,
      message: `${files.length} file${files.length === 1 ? '' : 's'}: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged, ${t.failed} failed.`,
      report: toReportView(report),
    };
  },
});
