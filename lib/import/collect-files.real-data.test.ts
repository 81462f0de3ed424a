// Real data (../shared/fixtures): collectFiles walks the publisher's folders and leaves GPO's user guide out.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '@/lib/test/shared-fixtures';
import { collectFiles } from './collect-files';

describe('collectFiles on the real folders', () => {
  it('walks folders for importable files and leaves the rest (the user guide) out', async () => {
    const files = await collectFiles([fixturePath('billstatus'), fixturePath('openstates-people')]);
    expect(files.map((f) => path.basename(f))).toEqual([
      'BILLSTATUS-114hconres70.xml',
      'BILLSTATUS-114s469.xml',
      'BILLSTATUS-114sres105.xml',
      'BILLSTATUS-116hr5177.xml',
      'BILLSTATUS-117hr6658.xml',
      'BILLSTATUS-117sconres7.xml',
      'Bob-Blumenfield-9cc640a1-6597-4b60-a055-b7c4363e214e.yml',
    ]);
  });
});
