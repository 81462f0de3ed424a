// Test helper: where the real data of ../shared/fixtures is (CI always has it beside the clone; see its README).
// SHARED_FIXTURES_DIR overrides. Without it the tests that need these files fail, naming the folder: a test that
// silently skipped would pass without testing anything.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@/lib/db/paths';

export const SHARED_FIXTURES_DIR = process.env.SHARED_FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures');

if (!existsSync(path.join(SHARED_FIXTURES_DIR, 'billstatus'))) {
  throw new Error(`The real-data fixtures are missing: expected ${SHARED_FIXTURES_DIR}/billstatus (set SHARED_FIXTURES_DIR to the shared fixtures folder).`);
}

export function fixturePath(...parts: string[]): string {
  return path.join(SHARED_FIXTURES_DIR, ...parts);
}

/** A fixture as the importer takes it: its name and its bytes, unchanged. */
export function fixtureInput(...parts: string[]) {
  return { name: parts.at(-1)!, bytes: readFileSync(fixturePath(...parts)) };
}
