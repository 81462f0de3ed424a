import type { ChangedRecord } from '@/lib/cache/tags';
import type { ChangeEntityType } from '@/lib/changes/record-change';

export const IMPORT_FORMATS = ['billstatus', 'legislators', 'committees', 'ocd-person', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file as it arrives, from disk or from the upload form: its name (for messages) and its bytes. */
export type ImportInput = {
  name: string;
  bytes: Uint8Array;
  /** The size on disk or as uploaded, when the bytes were not read because it is over the cap. */
  size?: number;
};

/**
 * What a format's writer reports: what the file held, and whether its main record is new. It lives here, not in
 * formats.ts, because formats.ts imports every writer: a writer importing from it would make a cycle.
 */
export type WriteResult = { label: string; created: boolean };

/** The file's text once it has passed the encoding and size checks. */
export type SourceFile = { name: string; text: string };

export type FileOutcome = 'created' | 'updated' | 'unchanged' | 'failed';

export type FileReport = {
  file: string;
  format: ImportFormat | null;
  outcome: FileOutcome;
  /** What the file held: "H.R. 6658 (117th Congress)", "537 people". */
  label: string | null;
  created: Partial<Record<ChangeEntityType, number>>;
  updated: Partial<Record<ChangeEntityType, number>>;
  changeEvents: number;
  /** Things an editor should look at: an ambiguous person match, a relation still waiting for its target. */
  warnings: string[];
  error: string | null;
  /** Records whose public pages show something new (their cache tags are updated). */
  changed: ChangedRecord[];
  /** The id of the file's main record when it names one (a Bill Status file's measure). */
  recordId?: number | null;
};

export type ImportReport = {
  files: FileReport[];
  totals: Record<FileOutcome, number>;
};
