// Every test file that reads ../shared/fixtures must be a real-data suite (left out of a run without the folder,
// and reported as not run), or a plain clone's `npm test` would fail on it again.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@/lib/db/paths';
import { REAL_DATA_SUITES } from './real-data';

const READS_REAL_DATA = /from '(@\/lib\/test\/shared-fixtures|@\/lib\/status\/fixture-actions|\.\/fixture-actions)'/;

function testFiles(): string[] {
  return readdirSync(repoRoot, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(test|spec)\.ts$/.test(e.name))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)))
    .filter((f) => !/^(node_modules|\.next|lib\/generated|\.data)\//.test(f));
}

const isRealDataSuite = (file: string) =>
  REAL_DATA_SUITES.some((pattern) =>
    pattern.startsWith('**/') ? file.endsWith(pattern.slice(3).replace('*', '')) : file === pattern,
  );

describe('real-data suites', () => {
  it('are every test file that reads ../shared/fixtures, and only those', () => {
    const files = testFiles();
    const reading = files.filter((f) => READS_REAL_DATA.test(readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.filter((f) => !isRealDataSuite(f))).toEqual([]);
    expect(files.filter(isRealDataSuite).filter((f) => !reading.includes(f))).toEqual([]);
    // The e2e journeys run in every clone: none may read the real folder.
    expect(reading.filter((f) => f.startsWith('e2e/'))).toEqual([]);
  });
});
