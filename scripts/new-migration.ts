// `npm run db:migration -- <name>`: writes the SQL that takes the committed migrations to schema.prisma,
// computed offline by Prisma's schema engine in WebAssembly (docs/decisions/002-offline-migrations.md).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDir } from '@/lib/db/paths';
import { MIGRATION_LOCK, diffMigrationsToSchema, shadowAdminUrl } from '@/lib/db/schema-engine';
import { redactUrl } from '@/lib/db/url';

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14); // UTC, as Prisma names them
}

async function main() {
  const rawName = process.argv.slice(2).join('_').trim();
  if (!rawName) {
    console.error('Usage: npm run db:migration -- <name>   (e.g. add_measure_search)');
    process.exit(1);
  }
  const name = rawName.replace(/[^A-Za-z0-9_]+/g, '_').toLowerCase();

  console.log(`Comparing prisma/migrations with prisma/schema.prisma (shadow server ${redactUrl(shadowAdminUrl())})`);
  const sql = await diffMigrationsToSchema();
  if (sql === null) {
    console.log('no changes');
    return;
  }

  const dir = path.join(migrationsDir, `${timestamp()}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'migration.sql'), sql);
  await writeFile(path.join(migrationsDir, 'migration_lock.toml'), MIGRATION_LOCK);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(dir, 'migration.sql'))}: review it, then commit it.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
