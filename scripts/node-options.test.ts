import { describe, expect, it } from 'vitest';
import { childNodeOptions } from './node-options';

describe('childNodeOptions', () => {
  it('gives `next start` a 64 MB semi-space, after what the operator set', () => {
    expect(childNodeOptions(['next', 'start'], undefined)).toBe('--max-semi-space-size=64');
    expect(childNodeOptions(['next', 'start'], '--enable-source-maps')).toBe(
      '--enable-source-maps --max-semi-space-size=64',
    );
  });

  it('caps the heap of the worker and of the sync command at 256 MB', () => {
    expect(childNodeOptions(['tsx', 'scripts/worker.ts'], undefined)).toBe('--max-old-space-size=256');
    expect(childNodeOptions(['tsx', 'scripts/sync.ts', '--once'], undefined)).toBe('--max-old-space-size=256');
  });

  it('leaves a flag the operator set alone', () => {
    expect(childNodeOptions(['tsx', 'scripts/worker.ts'], '--max-old-space-size=1024')).toBe(
      '--max-old-space-size=1024',
    );
    expect(childNodeOptions(['next', 'start'], '--max-semi-space-size=16')).toBe('--max-semi-space-size=16');
  });

  it('adds nothing to other commands (the dev server, imports, the seed)', () => {
    expect(childNodeOptions(['next', 'dev'], undefined)).toBeUndefined();
    expect(childNodeOptions(['tsx', 'scripts/import.ts'], '--trace-warnings')).toBe('--trace-warnings');
  });
});
