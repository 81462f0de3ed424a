// The committed migrations are the schema: replaying them must give exactly what schema.prisma describes,
// and the runner must keep Prisma's history honest. Needs PostgreSQL ≤ 17 (the schema engine cannot read PGlite's 18):
// SHADOW_DATABASE_URL, or the local PostgreSQL 15 service by default.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, readMigrations } from '@/lib/db/migrate';
import { migrationsDir } from '@/lib/db/paths';
import { diffMigrationsToSchema, shadowAdminUrl } from '@/lib/db/schema-engine';
import { withDatabase } from '@/lib/db/url';
import { testDatabaseName } from '@/lib/test/database';

const adminUrl = shadowAdminUrl();
const scratchDatabases: string[] = [];

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect().catch((error: Error) => {
    throw new Error(
      `Cannot reach PostgreSQL at ${adminUrl} (${error.message}). These tests need PostgreSQL ≤ 17: start the local ` +
        'PostgreSQL 15 service or set SHADOW_DATABASE_URL to an admin connection.',
    );
  });
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function scratchDatabase(): Promise<string> {
  const name = testDatabaseName();
  await admin((client) => client.query(`CREATE DATABASE "${name}"`));
  scratchDatabases.push(name);
  return withDatabase(adminUrl, name);
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await admin(async (client) => {
    for (const name of scratchDatabases) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

describe('committed migrations', () => {
  it('produce exactly the schema that schema.prisma describes', async () => {
    const drift = await diffMigrationsToSchema({ adminUrl });
    expect(drift, 'schema.prisma changed without a migration: run `npm run db:migration -- <name>`').toBeNull();
  });
});

describe('applyMigrations', () => {
  let url: string;
  beforeAll(async () => {
    url = await scratchDatabase();
  });

  it('applies each migration once and records it as Prisma does', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
      finished_at: Date | null;
    }>(
      url,
      'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(
      migrations.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });

  it('refuses when an applied migration was edited', async () => {
    const [first] = await readMigrations();
    await query(url, `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      '0'.repeat(64),
      first!.name,
    ]);
    await expect(applyMigrations(url)).rejects.toThrow(
      `${first!.name} changed after being applied (checksum mismatch)`,
    );
    await query(url, `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      first!.checksum,
      first!.name,
    ]);
  });

  it('rolls back a failing migration and refuses to continue until it is resolved', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rt-migrations-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      await mkdir(path.join(dir, '99990101000000_broken'));
      await writeFile(
        path.join(dir, '99990101000000_broken', 'migration.sql'),
        'CREATE TABLE "Half" ("id" INTEGER);\nSELECT * FROM "NoSuchTable";\n',
      );

      await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
        /99990101000000_broken failed and was rolled back/,
      );
      expect(await query(url, `SELECT to_regclass('"Half"') AS t`)).toEqual([{ t: null }]);
      await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
        /99990101000000_broken failed earlier/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
