// The whole folder of real Bill Status samples imported twice, as a new user would: the second run changes
// nothing; the founding questions of issue 16 answered from the stored records.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { SHARED_FIXTURES_DIR } from '@/lib/test/shared-fixtures';
import { collectFiles, readInputs } from '../collect-files';
import { runImport } from '../run-import';
import { MAX_IMPORT_BYTES } from '../source-file';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');

async function importFolder() {
  const files = await collectFiles([path.join(SHARED_FIXTURES_DIR, 'billstatus-samples')]);
  return runImport(db, readInputs(files, MAX_IMPORT_BYTES), files.length, { asOf });
}

function measure(identifier: string, congress: string) {
  return db.measure.findFirstOrThrow({ where: { identifier, session: { identifier: congress } } });
}

describe('importing ../shared/fixtures/billstatus-samples twice', () => {
  it(
    'reports everything unchanged the second time, and the founding cases read true',
    { timeout: 300_000 },
    async () => {
      const first = await importFolder();
      expect(first.totals.failed).toBe(0);
      const second = await importFolder();
      expect(second.totals).toEqual({ created: 0, updated: 0, unchanged: 41, failed: 0 });
      // The older layout of a bill whose newer file came first says why it wrote nothing.
      const older = second.files.filter((f) => f.warnings.some((w) => w.startsWith('older than what is stored')));
      expect(older.map((f) => f.file)).toContain('BILLSTATUS-117hr6658.xml');

      // Vetoed by the President (GPO coded the veto E30000), never enacted; no body holds it.
      expect(await measure('H.R. 3762', '114')).toMatchObject({
        stage: 'sent_to_executive',
        outcome: 'vetoed',
        currentBodyId: null,
        lawNumber: null,
      });
      // Its file also names the laws of related bills: only its own counts.
      expect(await measure('H.R. 5376', '117')).toMatchObject({
        stage: 'enacted',
        outcome: 'became_law',
        lawType: 'Public Law',
        lawNumber: '117-169',
        recordLaws: ['Public Law 117-169'],
        currentBodyId: null,
      });

      // A member's terms of different Congresses stay separate, each as its own file says.
      const kelly = await db.membership.findMany({
        // A Congress's term has its session; an import of congress-legislators adds session-less ones.
        where: {
          sessionId: { not: null },
          person: { identifiers: { some: { scheme: 'bioguide', value: 'K000376' } } },
        },
        select: { district: true, state: true, session: { select: { identifier: true } } },
        orderBy: { session: { identifier: 'asc' } },
      });
      expect(kelly.map((m) => `${m.session?.identifier} ${m.state}-${m.district}`)).toEqual([
        '114 PA-3',
        '115 PA-3',
        '117 PA-16',
      ]);
      // An at-large seat reads the same from both layouts (it flipped on every import).
      const norton = await db.membership.findMany({
        where: { person: { identifiers: { some: { scheme: 'bioguide', value: 'N000147' } } } },
        select: { district: true },
      });
      expect(new Set(norton.map((m) => m.district))).toEqual(new Set(['At Large']));
    },
  );
});
