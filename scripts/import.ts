// `npm run import -- <files or folders> [--user editor@example.org]`: imports Bill Status XML, congress-legislators
// and Open Civic Data person YAML, and council CSV (docs/import-csv.md) through lib/import, the same code path as
// the admin page. Each file in its own transaction; a progress bar on a terminal, a line per file otherwise; then
// the report. Exits 1 when a file failed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scriptConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { collectFiles, readInputs } from '@/lib/import/collect-files';
import { describeFile, describeReport } from '@/lib/import/report';
import { revalidateRemote } from '@/lib/import/revalidate-remote';
import { runImport } from '@/lib/import/run-import';
import { MAX_IMPORT_BYTES } from '@/lib/import/source-file';
import type { FileReport } from '@/lib/import/types';

const USAGE = 'Usage: npm run import -- <files or folders ...> [--user <email of the importing editor>]';

function progress(report: FileReport, done: number, total: number) {
  if (process.stderr.isTTY) {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${report.file}`;
    process.stderr.write(
      `\r${bar.slice(0, (process.stderr.columns ?? 100) - 1).padEnd((process.stderr.columns ?? 100) - 1)}`,
    );
    if (done === total) process.stderr.write('\n');
  } else {
    console.log(`${done}/${total} ${describeFile(report)}`);
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { user: { type: 'string' } } });
  if (!positionals.length) {
    console.error(USAGE);
    return 2;
  }
  const url = scriptConfig({ requireDatabase: true }).databaseUrl!;
  // npm runs scripts from the package folder; paths are meant from where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const files = await collectFiles(positionals.map((p) => path.resolve(cwd, p)));
  if (!files.length) {
    console.error('No importable files (.xml, .yaml, .yml, .csv) found there.');
    return 2;
  }
  const db = createDbClient(url, 2);
  try {
    let actorId: string | null = null;
    if (values.user) {
      const user = await db.user.findUnique({
        where: { email: values.user.toLowerCase() },
        select: { id: true, role: true },
      });
      if (!user || user.role === 'member') {
        console.error(`--user ${values.user}: no editor or admin with that email.`);
        return 2;
      }
      actorId = user.id;
    }
    const report = await runImport(db, readInputs(files, MAX_IMPORT_BYTES), files.length, {
      actorId,
      onFile: progress,
    });
    console.log(describeReport(report));
    console.log(await revalidateRemote(report.files.flatMap((f) => f.changed)));
    return report.totals.failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
