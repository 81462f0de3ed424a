import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '@/lib/test/shared-fixtures';
import { collectFiles, readInputs } from './collect-files';

describe('collectFiles (the command line)', () => {
  it('walks folders for importable files and leaves the rest (the user guide) out', async () => {
    const files = await collectFiles([fixturePath('billstatus'), fixturePath('openstates-people')]);
    expect(files.map((f) => path.basename(f))).toEqual([
      'BILLSTATUS-114hconres70.xml', 'BILLSTATUS-114s469.xml', 'BILLSTATUS-114sres105.xml', 'BILLSTATUS-116hr5177.xml',
      'BILLSTATUS-117hr6658.xml', 'BILLSTATUS-117sconres7.xml', 'Bob-Blumenfield-9cc640a1-6597-4b60-a055-b7c4363e214e.yml',
    ]);
  });

  it('does not read a file over the cap, and hands on its size', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'import-'));
    const big = path.join(dir, 'junk.xml');
    await writeFile(big, Buffer.alloc(2048, 'x'));
    const inputs = [];
    for await (const input of readInputs([big], 1024)) inputs.push(input);
    expect(inputs[0]).toEqual({ name: 'junk.xml', bytes: new Uint8Array(0), size: 2048 });
  });
});
