// The CSV layout for bodies that publish no machine-readable data (docs/import-csv.md): one row per fact, each
// naming its measure, so a spreadsheet of council files can be kept by hand. Read with csv-parse (maintained,
// RFC 4180 quoting, reports the line of each record and of a quoting error).
import { CsvError, parse } from 'csv-parse/sync';
import { TARGET_VERBS } from '../csv/verbs';
import { FieldError } from '../errors';

export const CSV_COLUMNS = [
  'record',
  'measure',
  'body',
  'type',
  'title',
  'date',
  'text',
  'name',
  'role',
  'verb',
] as const;
const MEASURE_TYPES = [
  'resolution',
  'concurrent_resolution',
  'joint_resolution',
  'bill',
  'motion',
  'ordinance',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

export type CsvMeasure = {
  line: number;
  identifier: string;
  body: string;
  type: (typeof MEASURE_TYPES)[number];
  title: string;
  introducedOn: string | null;
  summary: string | null;
  actions: { line: number; date: string; text: string; body: string | null }[];
  sponsors: { line: number; name: string; kind: 'primary' | 'cosponsor' }[];
  addressees: { line: number; name: string; verb: (typeof TARGET_VERBS)[number]; role: string | null }[];
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function need(row: Row, column: keyof Row, line: number): string {
  const value = row[column]?.trim();
  if (!value)
    throw new FieldError(`line ${line}, column "${column}"`, `a ${row.record} row needs a value in "${column}"`);
  return value;
}

function dateIn(row: Row, line: number, required: boolean): string | null {
  const value = required ? need(row, 'date', line) : row.date?.trim();
  if (!value) return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new FieldError(`line ${line}, column "date"`, `"${value}" is not a date (YYYY-MM-DD)`);
  return value;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], line: number, column: string): T {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_') as T;
  if (!allowed.includes(v))
    throw new FieldError(`line ${line}, column "${column}"`, `"${value}" is not one of ${allowed.join(', ')}`);
  return v;
}

function records(text: string): { row: Row; line: number }[] {
  let rows: { record: Row; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    if (error instanceof CsvError)
      throw new FieldError(
        `line ${(error as CsvError & { lines?: number }).lines ?? '?'}`,
        `broken CSV: ${error.message}`,
      );
    throw error;
  }
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, ''));
  const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw new FieldError(
      'line 1',
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')} (see docs/import-csv.md)`,
    );
  return rows.map(({ record, info }) => ({ row: record, line: info.lines }));
}

export function parseCouncilCsv(text: string): CsvMeasure[] {
  const measures = new Map<string, CsvMeasure>();
  const later: { row: Row; line: number }[] = [];
  const rows = records(text);
  if (!rows.length) throw new FieldError('line 2', 'no rows under the header');
  for (const { row, line } of rows) {
    const kind = oneOf(row.record ?? '', ['measure', 'action', 'sponsor', 'addressee'], line, 'record');
    const identifier = need(row, 'measure', line);
    if (kind !== 'measure') {
      later.push({ row, line });
      continue;
    }
    if (measures.has(identifier))
      throw new FieldError(`line ${line}`, `measure ${identifier} has a second "measure" row`);
    measures.set(identifier, {
      line,
      identifier,
      body: need(row, 'body', line),
      type: oneOf(need(row, 'type', line), MEASURE_TYPES, line, 'type'),
      title: need(row, 'title', line),
      introducedOn: dateIn(row, line, false),
      summary: row.text?.trim() || null,
      actions: [],
      sponsors: [],
      addressees: [],
    });
  }
  for (const { row, line } of later) {
    const measure = measures.get(row.measure.trim());
    if (!measure) throw new FieldError(`line ${line}, column "measure"`, `no "measure" row for ${row.measure.trim()}`);
    if (row.record.trim().toLowerCase() === 'action') {
      measure.actions.push({
        line,
        date: dateIn(row, line, true)!,
        text: need(row, 'text', line),
        body: row.body?.trim() || null,
      });
    } else if (row.record.trim().toLowerCase() === 'sponsor') {
      measure.sponsors.push({
        line,
        name: need(row, 'name', line),
        kind: row.role?.trim() ? oneOf(row.role, ['primary', 'cosponsor'], line, 'role') : 'cosponsor',
      });
    } else {
      measure.addressees.push({
        line,
        name: need(row, 'name', line),
        verb: oneOf(need(row, 'verb', line), TARGET_VERBS, line, 'verb'),
        role: row.role?.trim() || null,
      });
    }
  }
  for (const m of measures.values()) m.actions.sort((a, b) => a.date.localeCompare(b.date) || a.line - b.line);
  return [...measures.values()];
}
