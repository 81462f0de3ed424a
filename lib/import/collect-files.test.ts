import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '@/lib/import/samples';
import { samplePath, sampleText } from '@/lib/test/samples';
import { collectFiles, readInputs } from './collect-files';
import { detectFormat } from './detect';

describe('collectFiles (the command line)', () => {
  it('walks folders (and their subfolders) for importable files and leaves the rest (the README) out', async () => {
    const files = await collectFiles([
      samplePath('billstatus'),
      samplePath('billstatus-layouts'),
      samplePath('openstates-people'),
      samplePath('README.md'),
    ]);
    expect(files.map((f) => path.relative(samplePath(), f))).toEqual([
      'billstatus/BILLSTATUS-117hr9002.xml',
      'billstatus/BILLSTATUS-117hr9005.xml',
      'billstatus/BILLSTATUS-117hr9008.xml',
      'billstatus/BILLSTATUS-117hr9010.xml',
      'billstatus/BILLSTATUS-117hr9012.xml',
      'billstatus/BILLSTATUS-118hr9006.xml',
      'billstatus/BILLSTATUS-118hr9009.xml',
      'billstatus/BILLSTATUS-118hres9003.xml',
      'billstatus/BILLSTATUS-118s9007.xml',
      'billstatus/BILLSTATUS-118sconres9004.xml',
      'billstatus/BILLSTATUS-119hr9001.xml',
      'billstatus-layouts/current/BILLSTATUS-118hr9011.xml',
      'billstatus-layouts/legacy/BILLSTATUS-118hr9011.xml',
      'openstates-people/Iris-Example-00000000-0000-4000-8000-000000009001.yml',
      'openstates-people/Jon-Sampleworth-00000000-0000-4000-8000-000000009002.yml',
      // A file named on the command line is taken as given; the importer then refuses what it cannot read.
      'README.md',
    ]);
    const all = await collectFiles([samplePath()]);
    expect(all.map((f) => path.relative(samplePath(), f)).sort()).toEqual(
      sampleFiles()
        .map((f) => f.path)
        .filter((p) => p !== 'README.md')
        .sort(),
    );
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

describe('detectFormat on the samples', () => {
  it('tells each kind of file apart by its name and what it holds', () => {
    const format = (p: string) => detectFormat({ name: path.basename(p), text: sampleText(p) });
    for (const f of sampleFiles().filter((f) => f.path.endsWith('.xml'))) expect(format(f.path)).toBe('billstatus');
    expect(format('congress-legislators/legislators-current.yaml')).toBe('legislators');
    expect(format('congress-legislators/committees-current.yaml')).toBe('committees');
    expect(format('openstates-people/Iris-Example-00000000-0000-4000-8000-000000009001.yml')).toBe('ocd-person');
    expect(format('council-csv/sampleton-council.csv')).toBe('csv');
    expect(() => format('README.md')).toThrow(/unknown kind of file/);
  });
});
