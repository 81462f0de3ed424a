// `npm test`: everything, on fresh databases. Unit and integration tests (vitest) on one; then, on a second one
// holding only the seed (so what the integration tests wrote, e.g. imported legislators, cannot change what the
// journeys see), a production build and the Playwright journeys against `next start`. Both are dropped whatever
// happens. The suites over the real data of ../shared/fixtures run as a step of their own when that folder is
// there (always in CI); a plain clone has no such folder, and the summary says in one line that they were not run
// and why (the project's own samples test every importer path either way).
import { access } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '@/lib/db/paths';
import { runSeed } from '@/lib/db/run-seed';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { realDataMissingReason, realDataPresent } from '@/lib/test/real-data';
import { runCommand } from './run-command';

type Outcome = 'passed' | 'failed' | 'not run' | 'nothing to run';
/** `expected`: a step not run by design (the real-data suites of a plain clone), which does not fail the run. */
const results: { step: string; outcome: Outcome; note?: string; expected?: boolean }[] = [];

function header(title: string) {
  console.log(`\n━━━ ${title} ${'━'.repeat(Math.max(0, 72 - title.length))}`);
}

function record(step: string, outcome: Outcome, note?: string, expected = false) {
  results.push({ step, outcome, note, expected });
  if (note) console.log(`${step}: ${outcome} (${note})`);
}

const exists = (file: string) =>
  access(path.join(repoRoot, file)).then(
    () => true,
    () => false,
  );

async function step(title: string, run: () => Promise<boolean>): Promise<boolean> {
  header(title);
  try {
    const ok = await run();
    record(title, ok ? 'passed' : 'failed');
    return ok;
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    record(title, 'failed');
    return false;
  }
}

async function main(): Promise<number> {
  const databases: TestDatabase[] = [];
  const newDatabase = async (purpose: string) => {
    const database = await createTestDatabase(process.env.DATABASE_URL);
    databases.push(database);
    console.log(`${purpose}: ${database.description}`);
    return database;
  };
  try {
    let unit: TestDatabase | undefined;
    const prepared = await step('Database for unit and integration tests: create and migrate', async () => {
      unit = await newDatabase('Unit and integration tests');
      return true;
    });
    if (!prepared || !unit) return 1;
    const unitEnv = { ...process.env, DATABASE_URL: unit.url, TEST_DATABASE_URL: unit.url };
    await step(
      'Unit and integration tests (vitest run)',
      async () => (await runCommand(['vitest', 'run'], { ...unitEnv, REAL_DATA: 'none' })) === 0,
    );
    const realDataTitle = 'Real-data suites (../shared/fixtures)';
    if (realDataPresent()) {
      await step(
        realDataTitle,
        async () => (await runCommand(['vitest', 'run'], { ...unitEnv, REAL_DATA: 'only' })) === 0,
      );
    } else {
      header(realDataTitle);
      record(realDataTitle, 'not run', realDataMissingReason(), true);
    }

    let e2e: TestDatabase | undefined;
    const e2ePrepared = await step('Database for the journeys: create and migrate', async () => {
      e2e = await newDatabase('Journeys');
      return true;
    });
    if (!e2ePrepared || !e2e) return 1;
    const env = { ...process.env, DATABASE_URL: e2e.url, TEST_DATABASE_URL: e2e.url };
    const url = e2e.url;

    header('Seed');
    let seedOk = true;
    try {
      const outcome = await runSeed(url);
      record(
        'Seed',
        outcome === 'seeded' ? 'passed' : 'nothing to run',
        outcome === 'seeded' ? undefined : 'no prisma/seed.ts yet',
      );
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      record('Seed', 'failed');
      seedOk = false;
    }

    const buildTitle = 'Production build (next build)';
    const built = seedOk
      ? await step(buildTitle, async () => (await runCommand(['next', 'build'], env)) === 0)
      : (record(buildTitle, 'not run', 'the seed failed'), false);

    const e2eTitle = 'End-to-end journeys (playwright test)';
    if (!(await exists('playwright.config.ts'))) {
      header(e2eTitle);
      record(e2eTitle, 'nothing to run', 'no playwright.config.ts yet, so no e2e specs');
    } else if (!built) {
      record(e2eTitle, 'not run', 'no production build');
    } else {
      await step(e2eTitle, async () => (await runCommand(['playwright', 'test'], env)) === 0);
    }
  } finally {
    header('Databases: drop');
    for (const database of databases) {
      try {
        await database.drop();
        console.log(`Dropped ${database.description}`);
      } catch (error) {
        console.error(`Could not drop the test database: ${(error as Error).message}`);
        record('Databases: drop', 'failed');
      }
    }
  }

  header('Summary');
  for (const { step: name, outcome, note } of results) {
    console.log(
      `${outcome === 'failed' ? '✗' : outcome === 'passed' ? '✓' : '•'} ${name}: ${outcome}${note ? ` (${note})` : ''}`,
    );
  }
  return results.some((r) => r.outcome === 'failed' || (r.outcome === 'not run' && !r.expected)) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
