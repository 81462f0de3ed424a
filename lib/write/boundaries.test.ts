// The write path's boundaries, read from the source files' import lines: production code does not import the seed
// (the seed imports lib/write), and lib/import's formats table is not imported back by the writers it lists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers;
}

/** The repository path a specifier names, without extension: "@/lib/x" and "./x" alike. */
function resolve(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return path.normalize(specifier.slice(2));
  if (specifier.startsWith('.')) return path.normalize(path.join(path.dirname(file), specifier));
  return null;
}

describe('the write path', () => {
  const files = [...sourceFiles('lib'), ...sourceFiles('app')];

  it('reads the files it checks', () => {
    expect(files).toContain('lib/import/people.ts');
    expect(importsOf('lib/import/people.ts')).toContain('@/lib/write/sync');
  });

  it('has no module under lib/ or app/ importing from prisma/seed', () => {
    const offenders = files.flatMap((file) =>
      importsOf(file)
        .filter((s) => /^prisma\/seed(\/|$)/.test(resolve(file, s) ?? ''))
        .map((s) => `${file} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has no import cycle through lib/import/formats.ts: only the runner imports it', () => {
    const importers = files.filter((file) => importsOf(file).some((s) => resolve(file, s) === 'lib/import/formats'));
    expect(importers).toEqual(['lib/import/run-import.ts']);
  });

  it('has one slug allocator: no other module searches slugs by prefix', () => {
    const searching = files.filter(
      (file) =>
        !file.endsWith('.test.ts') && /slug:\s*\{\s*startsWith/.test(readFileSync(path.join(root, file), 'utf8')),
    );
    expect(searching).toEqual(['lib/write/unique-slug.ts']);
  });
});
