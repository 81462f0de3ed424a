// Applies prisma/migrations without Prisma's CLI (its native engine cannot be downloaded here), recording them in
// `_prisma_migrations` exactly as Prisma does so `prisma migrate deploy` elsewhere accepts the history.
// See docs/decisions/002-offline-migrations.md.
import { createHash, randomUUID } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { migrationsDir as defaultMigrationsDir } from '@/lib/db/paths';

/** The key Prisma's own migrate commands lock, so this runner and `prisma migrate` exclude each other too. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// Prisma's table definition, column for column.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface ApplyMigrationsOptions {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface ApplyMigrationsResult {
  /** Names applied by this call, in order. */
  applied: string[];
  /** How many were already applied before. */
  alreadyApplied: number;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  started_at: Date;
  logs: string | null;
}

/** sha256 of the file's bytes, lowercase hex: what Prisma stores in `_prisma_migrations.checksum`. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

// Prisma treats a script as unchanged when only its line endings differ (a Windows checkout).
function matchesChecksum(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, '\n');
  return [sql, lf, lf.replace(/\n/g, '\r\n')].some((variant) => migrationChecksum(variant) === checksum);
}

/** The migrations on disk, in the order they apply (their names start with a timestamp). */
export async function readMigrations(dir: string = defaultMigrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: migrationChecksum(sql) };
    }),
  );
}

/**
 * Applies the pending migrations in order, each in its own transaction, and records them as Prisma does.
 * Refuses (throws, applying nothing) when an applied migration's file has changed or a migration failed earlier.
 */
export async function applyMigrations(url: string, opts: ApplyMigrationsOptions = {}): Promise<ApplyMigrationsResult> {
  const log = opts.log ?? (() => {});
  const migrations = await readMigrations(opts.migrationsDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const rows = await readAppliedRows(client);
      checkHistory(migrations, rows);

      const done = new Set(rows.filter((r) => r.finished_at).map((r) => r.migration_name));
      const applied: string[] = [];
      for (const migration of migrations.filter((m) => !done.has(m.name))) {
        if (await applyOne(client, migration)) {
          applied.push(migration.name);
          log(`Applied migration ${migration.name}`);
        }
      }
      return { applied, alreadyApplied: migrations.length - applied.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_MIGRATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function readAppliedRows(client: pg.Client): Promise<AppliedRow[]> {
  const { rows } = await client.query<AppliedRow>(
    `SELECT migration_name, checksum, finished_at, started_at, logs FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return rows;
}

function checkHistory(migrations: MigrationFile[], rows: AppliedRow[]) {
  const failed = rows.find((r) => !r.finished_at);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier (started ${failed.started_at.toISOString()}): ` +
        `${failed.logs ?? 'no log'}\nIts transaction was rolled back. Fix the migration, then mark the attempt rolled back: ` +
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}' AND finished_at IS NULL;`,
    );
  }
  const byName = new Map(migrations.map((m) => [m.name, m]));
  const edited = rows.filter((r) => {
    const file = byName.get(r.migration_name);
    return file && !matchesChecksum(file.sql, r.checksum);
  });
  if (edited.length) {
    throw new Error(
      `Migration${edited.length > 1 ? 's' : ''} ${edited.map((r) => r.migration_name).join(', ')} changed after being applied ` +
        '(checksum mismatch). Never edit an applied migration: restore the file and add a new migration instead.',
    );
  }
}

/** False when another process applied it meanwhile (PGlite shares one session, so the advisory lock cannot tell). */
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<boolean> {
  const id = randomUUID();
  await client.query('BEGIN');
  try {
    const { rowCount } = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL AND finished_at IS NOT NULL`,
      [migration.name],
    );
    if (rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
    return true;
  } catch (error) {
    await client.query('ROLLBACK');
    const message = error instanceof Error ? error.message : String(error);
    // Recorded as Prisma records a failure (finished_at NULL), so the next run refuses until someone looks.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, clock_timestamp(), 0)`,
      [id, migration.checksum, migration.name, message],
    );
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`);
  }
}
