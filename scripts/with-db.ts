// `tsx scripts/with-db.ts [--seed-if-empty] -- <command ...>`: runs a command with a migrated database.
// DATABASE_URL set: that database. Unset: the embedded PGlite in .data/pglite (docs/decisions/001-embedded-postgres.md).
import path from 'node:path';
import { DEFAULT_EMBEDDED_DATA_DIR, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrate';
import { repoRoot } from '@/lib/db/paths';
import { runSeed } from '@/lib/db/run-seed';
import { redactUrl } from '@/lib/db/url';
import { runCommand } from './run-command';

const USAGE = 'Usage: tsx scripts/with-db.ts [--seed-if-empty] -- <command ...>';

function parseArgs(argv: string[]) {
  const separator = argv.indexOf('--');
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== '--seed-if-empty');
  if (unknown.length || !command.length) throw new Error(`${unknown.length ? `Unknown option ${unknown[0]}. ` : ''}${USAGE}`);
  return { seedIfEmpty: flags.includes('--seed-if-empty'), command: command as [string, ...string[]] };
}

async function main(): Promise<number> {
  const { seedIfEmpty, command } = parseArgs(process.argv.slice(2));
  let embedded: EmbeddedPostgres | undefined;
  let url = process.env.DATABASE_URL;
  try {
    if (url) {
      console.log(`Database: DATABASE_URL ${redactUrl(url)}`);
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: DEFAULT_EMBEDDED_DATA_DIR });
      url = embedded.url;
      const where = path.relative(repoRoot, DEFAULT_EMBEDDED_DATA_DIR);
      console.log(`Database: embedded PGlite (${where}) at ${url}${embedded.shared ? ', served by another running process' : ''}`);
    }

    const { applied } = await applyMigrations(url, { log: (line) => console.log(line) });
    if (!applied.length) console.log('Migrations: up to date');

    if (seedIfEmpty) {
      const outcome = await runSeed(url, { onlyIfEmpty: true });
      if (outcome === 'seeded') console.log('Seed: the database was empty, seeded it');
      if (outcome === 'no-seed-file') console.log('Seed: prisma/seed.ts does not exist yet, nothing to seed');
    }

    return await runCommand(command, { ...process.env, DATABASE_URL: url });
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
