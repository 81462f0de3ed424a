// Test helper: the real data of ../shared/fixtures (see lib/test/real-data.ts for where it is looked for). Only
// the real-data suites (REAL_DATA_SUITES) use it; they are left out of a run without the folder, so importing this
// never throws, and a path asked for without the folder fails naming the folder and the setting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { realDataMissingReason, realDataPresent, SHARED_FIXTURES_DIR } from './real-data';

export { SHARED_FIXTURES_DIR };

export function fixturePath(...parts: string[]): string {
  if (!realDataPresent()) throw new Error(`The real-data fixtures are missing: ${realDataMissingReason()}.`);
  return path.join(SHARED_FIXTURES_DIR, ...parts);
}

/** A fixture as the importer takes it: its name and its bytes, unchanged. */
export function fixtureInput(...parts: string[]) {
  return { name: parts.at(-1)!, bytes: readFileSync(fixturePath(...parts)) };
}
