// One fresh, migrated database per test run: a new database on the server DATABASE_URL names, or an embedded PGlite.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/db/embedded';
import { applyMigrations } from '@/lib/db/migrate';
import { redactUrl, withDatabase } from '@/lib/db/url';

export interface TestDatabase {
  url: string;
  /** What to print: where the database lives (no password). */
  description: string;
  /** Drops the database (or stops PGlite and deletes its files). Safe to call twice. */
  drop(): Promise<void>;
}

export function testDatabaseName(): string {
  return `rt_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
}

/** DATABASE_URL set: a fresh `rt_test_...` database on that server; unset: PGlite in a temporary directory. */
export async function createTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  const db = serverUrl ? await createOnServer(serverUrl) : await createEmbedded();
  try {
    await applyMigrations(db.url);
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const name = testDatabaseName();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  let dropped: Promise<void> | undefined;
  return {
    url,
    description: `fresh database ${redactUrl(url)}`,
    drop: () =>
      (dropped ??= (async () => {
        const client = new pg.Client({ connectionString: serverUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
      })()),
  };
}

async function createEmbedded(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rt-test-pglite-'));
  const embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pglite') });
  let dropped: Promise<void> | undefined;
  return {
    url: embedded.url,
    description: `embedded PGlite in ${dir} at ${embedded.url}`,
    drop: () =>
      (dropped ??= (async () => {
        await embedded.stop();
        await rm(dir, { recursive: true, force: true });
      })()),
  };
}

/** PGlite holds one database and ignores the name asked for: a "sibling" there would share the run's rows. */
async function isSeparate(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
    return rows[0]?.name === new URL(url).pathname.slice(1);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database of its own beside the test run's (`runUrl`), for a test that needs an empty world: on the
 * run's server when it is PostgreSQL, else another PGlite.
 */
export async function createSiblingTestDatabase(runUrl: string): Promise<TestDatabase> {
  const sibling = await createTestDatabase(runUrl).catch(() => null);
  if (sibling && (await isSeparate(sibling.url))) return sibling;
  await sibling?.drop().catch(() => undefined);
  return createTestDatabase(''); // the run uses PGlite: start another one, empty ('' means no server)
}
