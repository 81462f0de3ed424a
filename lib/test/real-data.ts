// Where the real data of ../shared/fixtures is, and which test files need it. CI always has that folder beside the
// clone (see its README); a plain clone elsewhere does not, and there these suites are left out of the run (by
// vitest.config.ts) and `npm test` says so in its summary, instead of failing or silently skipping them.
// vitest.config.ts imports this file, so it uses relative paths only (no @/ alias).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** SHARED_FIXTURES_DIR, else ../shared/fixtures beside the clone. */
export const SHARED_FIXTURES_DIR = path.resolve(repoRoot, process.env.SHARED_FIXTURES_DIR ?? '../shared/fixtures');

/** The folder is there when it holds the Bill Status files every real-data suite starts from. */
export const realDataPresent = (): boolean => existsSync(path.join(SHARED_FIXTURES_DIR, 'billstatus'));

/** Why the real-data suites did not run, for the test summary. */
export const realDataMissingReason = () => `folder not found at ${SHARED_FIXTURES_DIR}; set SHARED_FIXTURES_DIR`;

/**
 * The test files that read ../shared/fixtures: every one is named *.real-data.test.ts.
 * lib/test/real-data.test.ts checks that every test file reading the folder is matched here.
 */
export const REAL_DATA_SUITES = ['**/*.real-data.test.ts'];
