// `tsx scripts/with-db.ts [--seed-if-empty] -- <command ...>`: runs a command with a migrated database.
// DATABASE_URL set: that database. Unset: the embedded PGlite in .data/pglite (docs/decisions/021-embedded-postgres.md).
// The configuration (lib/config/env.ts) is checked first: a wrong variable stops here, naming it, before anything starts.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { DEFAULT_EMBEDDED_DATA_DIR, startEmbeddedPostgres, type EmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrate';
import { repoRoot } from '@/lib/db/paths';
import { runSeed } from '@/lib/db/run-seed';
import { demoAccountsDecision } from '@/prisma/seed/demo-accounts';
import { redactUrl } from '@/lib/db/url';
import { childNodeOptions } from './node-options';
import { runCommand } from './run-command';

const USAGE = 'Usage: tsx scripts/with-db.ts [--seed-if-empty] -- <command ...>';

function parseArgs(argv: string[]) {
  const separator = argv.indexOf('--');
  const flags = separator === -1 ? argv : argv.slice(0, separator);
  const command = separator === -1 ? [] : argv.slice(separator + 1);
  const unknown = flags.filter((flag) => flag !== '--seed-if-empty');
  if (unknown.length || !command.length)
    throw new Error(`${unknown.length ? `Unknown option ${unknown[0]}. ` : ''}${USAGE}`);
  return { seedIfEmpty: flags.includes('--seed-if-empty'), command: command as [string, ...string[]] };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ...", and comm may itself contain spaces or parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) || undefined;
  } catch {
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim()) || undefined;
    } catch {
      return undefined;
    }
  }
}

// `npm run dev` starts us as npm -> sh -c -> tsx -> this script. Stopping npm with SIGTERM (`kill <pid of npm>`)
// makes npm pass the signal to `sh`, which dies without passing it on: we, next and PGlite would keep running,
// orphaned, holding the port and .data/pglite. So a launcher that disappears counts as a SIGTERM to us.
// Returns the function that stops watching: call it once the command has exited, before stopping the database.
function stopWhenLauncherExits(): () => void {
  if (process.platform === 'win32') return () => {};
  const launchers = [process.ppid, parentOf(process.ppid)].filter((pid): pid is number => !!pid && pid > 1);
  const timer = setInterval(() => {
    if (launchers.every(isAlive)) return;
    clearInterval(timer);
    console.log('with-db: the process that started it has exited: stopping');
    process.kill(process.pid, 'SIGTERM');
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
}

async function printDemoAccounts(url: string) {
  const { ensureDemoAccounts } = await import('@/prisma/seed/demo-accounts');
  const db = createDbClient(url, 1);
  try {
    const logins = await ensureDemoAccounts(db);
    console.log(`Demo accounts (development only):\n  ${logins.join('\n  ')}`);
  } finally {
    await db.$disconnect();
  }
}

/** `next dev`, as `npm run dev` runs it. */
function isDevServer(command: string[]): boolean {
  return command.some((part) => /(^|\/)next$/.test(part)) && command.includes('dev');
}

async function main(): Promise<number> {
  const { seedIfEmpty, command } = parseArgs(process.argv.slice(2));
  const config = parseConfig(process.env);
  const stopWatching = stopWhenLauncherExits();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  try {
    if (url) {
      console.log(`Database: DATABASE_URL ${redactUrl(url)}`);
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: DEFAULT_EMBEDDED_DATA_DIR });
      url = embedded.url;
      const where = path.relative(repoRoot, DEFAULT_EMBEDDED_DATA_DIR);
      console.log(
        `Database: embedded PGlite (${where}) at ${url}${embedded.shared ? ', served by another running process' : ''}`,
      );
    }

    // Migrations hold a session-level advisory lock: through PgBouncer in transaction mode they go around it, on the
    // direct connection (README, Deployment). Several instances starting at once wait for that lock, then find
    // nothing to apply.
    const { applied } = await applyMigrations(config.databaseDirectUrl ?? url, { log: (line) => console.log(line) });
    if (!applied.length) console.log('Migrations: up to date');

    if (seedIfEmpty) {
      const outcome = await runSeed(url, { onlyIfEmpty: true });
      if (outcome === 'seeded') console.log('Seed: the database was empty, seeded it');
      if (outcome === 'no-seed-file') console.log('Seed: prisma/seed.ts does not exist yet, nothing to seed');
    }

    // Demo logins (published passwords) for `npm run dev` only, and only on the embedded database unless asked.
    const demo = demoAccountsDecision({
      embedded: Boolean(embedded),
      devServer: isDevServer(command),
      nodeEnv: config.nodeEnv,
      demoAccounts: config.demoAccounts,
    });
    if (demo.create) await printDemoAccounts(url);
    else if (demo.reason) console.log(demo.reason);

    const nodeOptions = childNodeOptions(command, process.env.NODE_OPTIONS);
    return await runCommand(command, {
      ...process.env,
      DATABASE_URL: url,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    });
  } finally {
    stopWatching();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? `Configuration error: ${error.message}`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exit(1);
  },
);
