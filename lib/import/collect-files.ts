// The files named on the command line: files as given, folders walked for the kinds an importer reads.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportInput } from './types';

const IMPORTABLE = /\.(xml|ya?ml|csv)$/i;

export async function collectFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p);
    if (!info.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = await readdir(p, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((e) => e.isFile() && IMPORTABLE.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
    out.push(...files.sort());
  }
  return out;
}

/** Reads one file at a time, so a large batch is not held in memory at once; a file over the cap is not read. */
export async function* readInputs(files: string[], maxBytes: number): AsyncGenerator<ImportInput> {
  for (const file of files) {
    const name = path.basename(file);
    const { size } = await stat(file);
    // Too big: hand over a stand-in of the right size so the shared check refuses it with the usual message.
    yield size > maxBytes ? { name, bytes: new Uint8Array(0), size } : { name, bytes: await readFile(file) };
  }
}
