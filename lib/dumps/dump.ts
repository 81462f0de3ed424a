// The nightly bulk dump (docs/decisions/060-public-api-and-bulk-data.md): every public table of lib/dumps/tables.ts
// as gzip JSON Lines and gzip CSV, read in keyset batches (never a whole table in memory), with a manifest.json of
// row counts, SHA-256 checksums and the schema version (the latest migration). Written into a temporary folder and
// renamed into place, so /data never lists half a dump; dumps older than KEEP_DAYS are removed.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';
import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows, type DbClient } from '@/lib/db/client';
import { csvRow } from '@/lib/dashboard/csv';
import { config } from '@/lib/config/env';
import { enqueueJob } from '@/lib/jobs/queue';
import { DUMP_TABLES, type DumpTable } from './tables';

export const KEEP_DAYS = 7;
const BATCH = 5000;
export const DUMP_NAME = /^\d{4}-\d{2}-\d{2}$/;

export type ManifestFile = { name: string; bytes: number; sha256: string };
export type Manifest = {
  createdAt: string;
  schemaVersion: string;
  tables: { table: string; rows: number; files: ManifestFile[] }[];
};

/**
 * DUMPS_DIR, or .data/dumps under the working directory. A folder of data chosen at run time: the ignore comments
 * here and on the reads of it below keep `next build`'s file tracing from taking it for any file of the project
 * (it traced the whole repository, sources and all, into the routes that list and serve dumps).
 */
export function dumpsDir(): string {
  return path.resolve(/* turbopackIgnore: true */ config().dumpsDir ?? path.join('.data', 'dumps'));
}

/** A gzip file being written, with the SHA-256 and size of the bytes that reach the disk. */
function gzipFile(file: string) {
  const gzip: Gzip = createGzip({ level: 6 });
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  let bytes = 0;
  gzip.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  gzip.pipe(out);
  return {
    async write(text: string) {
      if (!gzip.write(text)) await once(gzip, 'drain');
    },
    async close(): Promise<ManifestFile> {
      gzip.end();
      await once(out, 'finish');
      return { name: path.basename(file), bytes, sha256: hash.digest('hex') };
    },
  };
}

const toJsonValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);
const toCsvValue = (value: unknown) =>
  value instanceof Date
    ? value.toISOString()
    : Array.isArray(value)
      ? value.join('; ')
      : typeof value === 'boolean'
        ? String(value)
        : (value as string | number | null);

async function dumpTable(db: DbClient, table: DumpTable, dir: string, batchSize: number) {
  const jsonl = gzipFile(path.join(dir, `${table.file}.jsonl.gz`));
  const csv = gzipFile(path.join(dir, `${table.file}.csv.gz`));
  await csv.write(csvRow(table.columns));
  const columns = Prisma.raw(table.columns.map((column) => `"${column}"`).join(', '));
  const from = Prisma.raw(`"${table.name}"`);
  // Keyset pagination on the table's key (its id, or a composite key such as a campaign membership's).
  const key = table.key ?? ['id'];
  const keyList = Prisma.raw(key.map((column) => `"${column}"`).join(', '));
  const filter = Prisma.raw(table.where ?? 'TRUE');
  let after: unknown[] | null = null;
  let rows = 0;
  for (;;) {
    const position: Prisma.Sql = after ? Prisma.sql`(${keyList}) > (${Prisma.join(after)})` : Prisma.sql`TRUE`;
    const batch: Record<string, unknown>[] = await queryRows<Record<string, unknown>>(
      db,
      Prisma.sql`SELECT ${columns} FROM ${from} WHERE ${filter} AND ${position} ORDER BY ${keyList} LIMIT ${batchSize}`,
    );
    if (batch.length === 0) break;
    let json = '';
    let text = '';
    for (const row of batch) {
      const record: Record<string, unknown> = {};
      for (const column of table.columns) record[column] = toJsonValue(row[column]);
      json += JSON.stringify(record) + '\n';
      text += csvRow(table.columns.map((column) => toCsvValue(row[column])));
    }
    await jsonl.write(json);
    await csv.write(text);
    rows += batch.length;
    const last = batch[batch.length - 1]!;
    after = key.map((column) => last[column]);
    if (batch.length < batchSize) break;
  }
  return { table: table.file, rows, files: [await jsonl.close(), await csv.close()] };
}

/** The name of the latest migration applied to this database: the dump's schema version. */
async function schemaVersion(db: DbClient): Promise<string> {
  const [row] = await db.$queryRaw<{ name: string }[]>`
    SELECT "migration_name" AS "name" FROM "_prisma_migrations"
    WHERE "finished_at" IS NOT NULL ORDER BY "migration_name" DESC LIMIT 1`;
  return row?.name ?? 'unknown';
}

/** Writes today's dump (UTC date) into `root`, replacing one of the same day; then prunes old dumps. */
export async function writeDump(
  db: DbClient,
  root = dumpsDir(),
  now = new Date(),
  options: { batchSize?: number } = {},
) {
  const name = now.toISOString().slice(0, 10);
  const temporary = path.join(root, `.partial-${name}-${process.pid}`);
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  try {
    const tables = [];
    for (const table of DUMP_TABLES) tables.push(await dumpTable(db, table, temporary, options.batchSize ?? BATCH));
    const manifest: Manifest = { createdAt: now.toISOString(), schemaVersion: await schemaVersion(db), tables };
    await writeFile(path.join(temporary, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    const final = path.join(/* turbopackIgnore: true */ root, name);
    await rm(final, { recursive: true, force: true });
    await rename(temporary, final);
    await pruneDumps(root, now);
    return { name, dir: final, manifest };
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** Removes dumps older than KEEP_DAYS days. */
export async function pruneDumps(root = dumpsDir(), now = new Date()) {
  const oldest = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const entry of await readdir(/* turbopackIgnore: true */ root).catch(() => [] as string[])) {
    if (DUMP_NAME.test(entry) && entry < oldest)
      await rm(path.join(/* turbopackIgnore: true */ root, entry), { recursive: true, force: true });
  }
}

export type DumpListing = {
  name: string;
  createdAt: string;
  schemaVersion: string;
  files: (ManifestFile & { rows: number; table: string })[];
  bytes: number;
};

/** The finished dumps, newest first, from their manifests. */
export async function listDumps(root = dumpsDir()): Promise<DumpListing[]> {
  const names = (await readdir(/* turbopackIgnore: true */ root).catch(() => [] as string[])).filter((entry) =>
    DUMP_NAME.test(entry),
  );
  const dumps: DumpListing[] = [];
  for (const name of names.sort().reverse()) {
    try {
      const manifest = JSON.parse(await readFile(path.join(root, name, 'manifest.json'), 'utf8')) as Manifest;
      const files = manifest.tables.flatMap((t) => t.files.map((file) => ({ ...file, rows: t.rows, table: t.table })));
      const manifestBytes = (await stat(path.join(root, name, 'manifest.json'))).size;
      dumps.push({
        name,
        createdAt: manifest.createdAt,
        schemaVersion: manifest.schemaVersion,
        files,
        bytes: files.reduce((sum, file) => sum + file.bytes, manifestBytes),
      });
    } catch {
      // A folder without a readable manifest is not a finished dump.
    }
  }
  return dumps;
}

/** The path of a file of a dump, or null when the names are not a dump and one of its files. */
export function dumpFilePath(root: string, name: string, file: string): string | null {
  if (!DUMP_NAME.test(name)) return null;
  if (file !== 'manifest.json' && !/^[a-z]+\.(jsonl|csv)\.gz$/.test(file)) return null;
  return path.join(root, name, file);
}

/** The job of the queue (lib/jobs): today's dump, queued once a day from 03:00 UTC (scheduleNightlyDump). */
export const DUMP_JOB = 'dump';
export const DUMP_HOUR_UTC = 3;

/** Queues today's dump at 03:00 UTC: once per day whatever the number of workers (the job key is the date). */
export async function scheduleNightlyDump(db: DbClient, now = new Date()) {
  const runAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DUMP_HOUR_UTC));
  if (now < runAt) return;
  await enqueueJob(db, { kind: DUMP_JOB, key: `dump:${runAt.toISOString().slice(0, 10)}`, payload: {}, runAt });
}
