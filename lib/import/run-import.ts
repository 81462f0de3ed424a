// The one code path of every import, from the command (scripts/import.ts) or the admin page: each file is checked,
// parsed, then written in its own transaction, so a bad file writes nothing and the others go on.
import type { DbClient } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/write/duplicate-key';
import { emptyReport } from '@/lib/write/sync';
import { IMPORT_ACTOR, type ImportContext } from './context';
import { flushEvents } from './create-recorded';
import { detectFormat } from './detect';
import { FieldError, ImportError } from './errors';
import { formats } from './formats';
import { MAX_IMPORT_BYTES, readSourceFile } from './source-file';
import type { FileReport, ImportFormat, ImportInput, ImportReport } from './types';

export type ImportOptions = {
  /** The importing user (change events name them); without one, the label "import". */
  actorId?: string | null;
  /** The actor's label on change events when no user acts ("sync: <source>"); "import" by default. */
  actorLabel?: string;
  maxBytes?: number;
  asOf?: Date;
  /** Files written at the same time, each in its own transaction (1 by default). */
  concurrency?: number;
  /** Called after each file, for a progress bar. */
  onFile?: (report: FileReport, done: number, total: number) => void;
};

// A legislators file writes some 10,000 rows: give it time, but not forever.
const TX_OPTIONS = { timeout: 300_000, maxWait: 60_000 };

/** Two files written at once that both create the same person or committee: one loses, and is tried again alone. */
class WriteConflict extends Error {}

function isConflict(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return (
    isUniqueViolation(error) ||
    code === 'P2034' ||
    /deadlock|could not serialize|unique constraint/i.test(String((error as Error)?.message))
  );
}

function failed(file: string, format: ImportFormat | null, error: unknown): FileReport {
  const message =
    error instanceof ImportError
      ? error.message
      : error instanceof FieldError
        ? `${file} (${error.where}): ${error.reason}`
        : `${file}: ${error instanceof Error ? error.message : String(error)}`;
  return {
    file,
    format,
    outcome: 'failed',
    label: null,
    created: {},
    updated: {},
    changeEvents: 0,
    warnings: [],
    error: message,
    changed: [],
  };
}

/** The main record's id, when the writer returns one (writeMeasure does). */
function recordIdOf(result: unknown): number | null {
  const id = (result as { id?: unknown }).id;
  return typeof id === 'number' ? id : null;
}

async function writeFile(
  db: DbClient,
  input: ImportInput,
  options: ImportOptions,
  memo: Map<string, unknown>,
  raceable: boolean,
) {
  let format: ImportFormat | null = null;
  try {
    const file = readSourceFile(input, options.maxBytes ?? MAX_IMPORT_BYTES);
    format = detectFormat(file);
    const { parse, write } = formats[format];
    const data = parse(file.text);
    const memoPending = new Map<string, unknown>();
    const report = await db.$transaction(async (tx) => {
      const ctx: ImportContext = {
        tx,
        report: emptyReport(),
        actorLabel: options.actorLabel ?? IMPORT_ACTOR,
        actorId: options.actorId ?? null,
        log: () => {},
        file: input.name,
        warnings: [],
        changed: [],
        asOf: options.asOf ?? new Date(),
        memo,
        memoPending,
        pendingEvents: [],
      };
      const result = await write(ctx, data);
      await flushEvents(ctx);
      const outcome = result.created ? 'created' : ctx.report.changeEvents > 0 ? 'updated' : 'unchanged';
      return {
        file: input.name,
        format,
        outcome,
        label: result.label,
        created: ctx.report.created,
        updated: ctx.report.updated,
        changeEvents: ctx.report.changeEvents,
        warnings: ctx.warnings,
        error: null,
        changed: ctx.changed,
        recordId: recordIdOf(result),
      } satisfies FileReport;
    }, TX_OPTIONS);
    for (const [key, value] of memoPending) memo.set(key, value);
    return report;
  } catch (error) {
    if (raceable && isConflict(error)) throw new WriteConflict();
    return failed(input.name, format, error);
  }
}

/** Imports one file in its own transaction; never throws: a failure is a report with the reason. */
export function importFile(
  db: DbClient,
  input: ImportInput,
  options: ImportOptions = {},
  memo = new Map<string, unknown>(),
): Promise<FileReport> {
  return writeFile(db, input, options, memo, false);
}

export function summarize(files: FileReport[]): ImportReport {
  const totals = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const f of files) totals[f.outcome]++;
  return { files, totals };
}

/**
 * Imports the files (each in its own transaction, `concurrency` at a time) and reports on all of them, in the
 * order given. A file that lost a race with another of the batch is imported again once the others are done.
 */
export async function runImport(
  db: DbClient,
  inputs: Iterable<ImportInput> | AsyncIterable<ImportInput>,
  total: number,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const memo = new Map<string, unknown>();
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const reports: FileReport[] = [];
  const retry: { index: number; input: ImportInput }[] = [];
  let done = 0;
  const finish = (index: number, report: FileReport) => {
    reports[index] = report;
    options.onFile?.(report, ++done, total);
  };

  const iterator = (Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]()) as
    AsyncIterator<ImportInput> | Iterator<ImportInput>;
  let next = 0;
  const worker = async () => {
    for (;;) {
      const step = await iterator.next();
      if (step.done) return;
      const index = next++;
      try {
        finish(index, await writeFile(db, step.value, options, memo, concurrency > 1));
      } catch (error) {
        if (!(error instanceof WriteConflict)) throw error;
        retry.push({ index, input: step.value });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  for (const { index, input } of retry) finish(index, await writeFile(db, input, options, memo, false));
  return summarize(reports);
}
