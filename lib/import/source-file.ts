// The checks every file passes before its format is read: not empty, not over the size cap, valid UTF-8.
import { ImportError } from './errors';
import type { ImportInput, SourceFile } from './types';

/** The largest file accepted: legislators-current.yaml, the largest real file, is about 1 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false });

export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function checkSize(name: string, size: number, maxBytes = MAX_IMPORT_BYTES): void {
  if (size === 0) throw new ImportError(name, null, 'the file is empty');
  if (size > maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    throw new ImportError(name, null, `the file is ${mb(size)}, over the ${mb(maxBytes)} limit for one file`);
  }
}

/** Decodes the bytes as UTF-8, naming the line of the first byte that is not (a Latin-1 or Windows-1252 export). */
export function readSourceFile(input: ImportInput, maxBytes = MAX_IMPORT_BYTES): SourceFile {
  checkSize(input.name, input.size ?? input.bytes.byteLength, maxBytes);
  let text: string;
  try {
    text = strictUtf8.decode(input.bytes);
  } catch {
    const lenient = lenientUtf8.decode(input.bytes);
    const line = lineOf(lenient, lenient.indexOf('\uFFFD'));
    throw new ImportError(input.name, `line ${line}`, 'the file is not UTF-8 text (save or export it as UTF-8)');
  }
  if (!text.trim()) throw new ImportError(input.name, null, 'the file is empty (only blank space)');
  return { name: input.name, text };
}
