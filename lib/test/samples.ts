// Test helper: the project's own sample files (lib/import/samples/files), read as the importers take them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SAMPLES_DIR } from '@/lib/import/samples';

export function samplePath(...parts: string[]): string {
  return path.join(SAMPLES_DIR, ...parts);
}

export function sampleText(...parts: string[]): string {
  return readFileSync(samplePath(...parts), 'utf8');
}

/** A sample as the importer takes it: its name and its bytes. */
export function sampleInput(...parts: string[]) {
  return { name: parts.at(-1)!, bytes: readFileSync(samplePath(...parts)) };
}
