// Loads prisma/seed.ts on demand, so launchers work before the seed exists and never seed a database twice.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { repoRoot } from '@/lib/db/paths';

export const SEED_FILE = path.join(repoRoot, 'prisma/seed.ts');

export type SeedOutcome = 'seeded' | 'not-empty' | 'no-seed-file';

interface SeedModule {
  seed?: (db: DbClient) => Promise<void>;
}

/** True when the Measure table has no rows: the signal that a database was never seeded. */
export async function isDatabaseEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM "Measure") AS found');
    return !rows[0]?.found;
  } finally {
    await client.end();
  }
}

/** Runs prisma/seed.ts's `seed(db)` against `url`; with onlyIfEmpty, only when no measure exists yet. */
export async function runSeed(url: string, opts: { onlyIfEmpty?: boolean } = {}): Promise<SeedOutcome> {
  if (
    !(await access(SEED_FILE).then(
      () => true,
      () => false,
    ))
  )
    return 'no-seed-file';
  if (opts.onlyIfEmpty && !(await isDatabaseEmpty(url))) return 'not-empty';

  const mod = (await import(pathToFileURL(SEED_FILE).href)) as SeedModule;
  if (typeof mod.seed !== 'function') {
    throw new Error('prisma/seed.ts must export `async function seed(db: DbClient): Promise<void>`.');
  }
  const db = createDbClient(url, 2);
  try {
    await mod.seed(db);
  } finally {
    await db.$disconnect();
  }
  return 'seeded';
}
