'use client';
// The upload form. Without JavaScript it posts every chosen file at once; with it, it sends them one by one to the
// same action so the bar shows how far the batch is, and the report grows file by file.
import { useActionState, useState, useTransition, type FormEvent } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { FormSubmit } from '@/components/ui/form-submit';
import type { ServerAction } from '@/lib/actions/safe-action';
import type { FileReportView, ImportState } from '@/lib/import/report-view';
import { ImportReportTable } from './import-report';

type Progress = { done: number; total: number; current: string | null };

function summary(rows: FileReportView[]): ImportState {
  const n = (o: FileReportView['outcome']) => rows.filter((r) => r.outcome === o).length;
  const failed = n('failed');
  return {
    ok: failed === 0,
    message: `${rows.length} file${rows.length === 1 ? '' : 's'}: ${n('created')} created, ${n('updated')} updated, ${n('unchanged')} unchanged, ${failed} failed.`,
    report: rows,
  };
}

function failedRow(file: string, reason: string): FileReportView {
  return { file, outcome: 'failed', label: null, detail: '', warnings: [], error: `${file}: ${reason}` };
}

export function ImportForm({ action, maxMegabytes }: { action: ServerAction; maxMegabytes: number }) {
  const [posted, formAction] = useActionState<ImportState, FormData>(action, {});
  const [stepped, setStepped] = useState<ImportState | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [, startTransition] = useTransition();
  const state = stepped ?? posted;
  const error = state.errors?.files?.[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const files = [...((event.currentTarget.elements.namedItem('files') as HTMLInputElement | null)?.files ?? [])];
    if (!files.length) return; // let the server say what is missing
    event.preventDefault();
    startTransition(async () => {
      const rows: FileReportView[] = [];
      setStepped(null);
      for (const [i, file] of files.entries()) {
        setProgress({ done: i, total: files.length, current: file.name });
        if (file.size > maxMegabytes * 1024 * 1024) {
          // Not sent at all: the server would refuse it by its size anyway (lib/import/source-file.ts).
          rows.push(
            failedRow(
              file.name,
              `the file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${maxMegabytes.toFixed(1)} MB limit for one file`,
            ),
          );
          setStepped(summary(rows));
          continue;
        }
        const one = new FormData();
        one.append('files', file);
        let result: ImportState;
        try {
          result = await action({}, one);
        } catch (error) {
          rows.push(
            failedRow(file.name, `could not be sent (${error instanceof Error ? error.message : 'network error'})`),
          );
          setStepped(summary(rows));
          continue;
        }
        if (!result.report) {
          setStepped(result);
          setProgress(null);
          return;
        }
        rows.push(...result.report);
        setStepped(summary(rows));
      }
      setProgress({ done: files.length, total: files.length, current: null });
    });
  }

  return (
    <>
      <form
        action={formAction}
        onSubmit={onSubmit}
        className="editor-form"
        aria-label="Import files"
        encType="multipart/form-data"
      >
        <div className="form-field">
          <label htmlFor="import-files">Files</label>
          <input
            id="import-files"
            name="files"
            type="file"
            multiple
            accept=".xml,.yaml,.yml,.csv"
            aria-describedby={`import-files-hint${error ? ' import-files-error' : ''}`}
            aria-invalid={error ? true : undefined}
          />
          <p id="import-files-hint" className="form-hint">
            Bill Status XML, congress-legislators YAML (legislators or committees), Open Civic Data person YAML, or
            council CSV (see docs/import-csv.md). Up to {maxMegabytes} MB each; each file is imported on its own.
          </p>
          {error ? (
            <p id="import-files-error" className="form-error">
              {error}
            </p>
          ) : null}
        </div>
        <FormSubmit label="Import" pendingLabel="Importing…" />
      </form>
      {progress ? (
        <p>
          <label htmlFor="import-progress">
            {progress.current
              ? `Importing ${progress.current} (${progress.done + 1} of ${progress.total})`
              : `Imported ${progress.total} of ${progress.total}`}
          </label>{' '}
          <progress id="import-progress" max={progress.total} value={progress.done} />
        </p>
      ) : null}
      <FormMessage state={state} labels={{ files: 'Files' }} />
      {state.report?.length ? <ImportReportTable rows={state.report} /> : null}
    </>
  );
}
