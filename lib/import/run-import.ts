// The one code path of every import, from the command (scripts/import.ts) or the admin page: each file is checked,
// parsed, then written in its own transaction, so a bad file writes nothing and the others go on.
import type { DbClient } from '@/lib/db/client';
import { emptyReport } from '@/prisma/seed/sync';
import { IMPORT_ACTOR, type ImportContext } from './context';
import { detectFormat } from './detect';
import { FieldError, ImportError } from './errors';
import { formats } from './formats';
import { MAX_IMPORT_BYTES, readSourceFile } from './source-file';
import type { FileReport, ImportFormat, ImportInput, ImportReport } from './types';

export type ImportOptions = {
  /** The importing user (change events name them); without one, the label "import". */
  actorId?: string | null;
  maxBytes?: number;
  asOf?: Date;
  /** Called after each file, for a progress bar. */
  onFile?: (report: FileReport, done: number, total: number) => void;
};

// A legislators file writes some 30,000 rows: give it time, but not forever.
const TX_OPTIONS = { timeout: 300_000, maxWait: 60_000 };

function failed(file: string, format: ImportFormat | null, error: unknown): FileReport {
  const message =
    error instanceof ImportError ? error.message
    : error instanceof FieldError ? `${file} (${error.where}): ${error.reason}`
    : `${file}: ${error instanceof Error ? error.message : String(error)}`;
  return { file, format, outcome: 'failed', label: null, created: {}, updated: {}, changeEvents: 0, warnings: [], error: message, changed: [] };
}

export async function importFile(db: DbClient, input: ImportInput, options: ImportOptions = {}): Promise<FileReport> {
  let format: ImportFormat | null = null;
  try {
    const file = readSourceFile(input, options.maxBytes ?? MAX_IMPORT_BYTES);
    format = detectFormat(file);
    const { parse, write } = formats[format];
    const data = parse(file.text);
    return await db.$transaction(async (tx) => {
      const ctx: ImportContext = {
        tx, report: emptyReport(), actorLabel: IMPORT_ACTOR, actorId: options.actorId ?? null, log: () => {},
        file: input.name, warnings: [], changed: [], asOf: options.asOf ?? new Date(),
      };
      const result = await write(ctx, data);
      const outcome = result.created ? 'created' : ctx.report.changeEvents > 0 ? 'updated' : 'unchanged';
      return {
        file: input.name, format, outcome, label: result.label, created: ctx.report.created, updated: ctx.report.updated,
        changeEvents: ctx.report.changeEvents, warnings: ctx.warnings, error: null, changed: ctx.changed,
      } satisfies FileReport;
    }, TX_OPTIONS);
  } catch (error) {
    return failed(input.name, format, error);
  }
}

export function summarize(files: FileReport[]): ImportReport {
  const totals = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const f of files) totals[f.outcome]++;
  return { files, totals };
}

/** Imports the files one after another (each in its own transaction) and reports on all of them. */
export async function runImport(db: DbClient, inputs: Iterable<ImportInput> | AsyncIterable<ImportInput>, total: number, options: ImportOptions = {}): Promise<ImportReport> {
  const files: FileReport[] = [];
  for await (const input of inputs) {
    const report = await importFile(db, input, options);
    files.push(report);
    options.onFile?.(report, files.length, total);
  }
  return summarize(files);
}
