// `npm run sync -- [--source <id>] [--once] [--list]`: the sync sources of /admin/sources from a shell.
//   --list           the sources, with their last and next runs
//   --once           run each source (or the one named) now, then exit (1 when a run failed or reported errors)
//   (no --once)      keep running: every minute, run the sources that are due, like the app's worker does
// Changed pages are revalidated through REVALIDATE_URL and REVALIDATE_SECRET when set (lib/import/revalidate-remote.ts).
import { parseArgs } from 'node:util';
import { scriptConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { revalidateRemote } from '@/lib/import/revalidate-remote';
import { runSource, type RunResult } from '@/lib/sync/run';

function describe(name: string, result: RunResult): string {
  if (!result.ran) return `${name}: not run (${result.reason})`;
  const c = result.counts;
  return `${name}: ${result.status}; ${result.requests} requests, ${c.fetched} fetched, ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.failed} failed, ${result.errors} errors (run ${result.runId})`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, once: { type: 'boolean' }, list: { type: 'boolean' } },
  });
  const db = createDbClient(scriptConfig({ requireDatabase: true }).databaseUrl!, 3);
  try {
    const only = values.source ? Number(values.source) : null;
    if (values.source && !Number.isInteger(only)) {
      console.error(`--source ${values.source}: give the source's id (npm run sync -- --list shows them).`);
      return 2;
    }
    const sources = await db.syncSource.findMany({ where: only ? { id: only } : {}, orderBy: { id: 'asc' } });
    if (only && !sources.length) {
      console.error(`No source ${only}.`);
      return 2;
    }
    if (values.list) {
      for (const s of sources)
        console.log(
          `${s.id}\t${s.kind}\t${s.name}\t${s.paused ? 'paused' : s.schedule}\tlast ${s.lastRunAt?.toISOString() ?? '-'}\tnext ${s.nextRunAt?.toISOString() ?? '-'}`,
        );
      return 0;
    }
    const options = { trigger: 'command' as const, onChanged: revalidateRemote };
    if (values.once) {
      let code = 0;
      for (const s of sources) {
        if (s.paused && !only) continue;
        const result = await runSource(db, s.id, options);
        console.log(describe(s.name, result));
        if (result.ran && result.status !== 'succeeded') code = 1;
      }
      return code;
    }
    console.log('Running due sources every minute; Ctrl-C to stop.');
    for (;;) {
      const due = await db.syncSource.findMany({
        where: { paused: false, nextRunAt: { lte: new Date() }, ...(only ? { id: only } : {}) },
      });
      for (const s of due) console.log(describe(s.name, await runSource(db, s.id, options)));
      await new Promise((resolve) => setTimeout(resolve, 60_000));
    }
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
