// `npm run db:recompute-status`: re-reads every official action's classification and derives every measure's
// status again under today's rules (lib/measures/heal-status.ts), with a change event for each correction, then
// tells a running app which pages changed (REVALIDATE_URL and REVALIDATE_SECRET).
import { scriptConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { revalidateRemote } from '@/lib/import/revalidate-remote';
import { healStatuses } from '@/lib/measures/heal-status';

async function main(): Promise<number> {
  const url = scriptConfig({ requireDatabase: true }).databaseUrl!;
  const db = createDbClient(url, 2);
  try {
    const report = await healStatuses(db, {
      onProgress: (done) => process.stderr.isTTY && process.stderr.write(`\r${done} measures`),
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(
      `${report.measures} measures read: ${report.statusesChanged} statuses corrected, ${report.actionsReclassified} actions reclassified`,
    );
    console.log(await revalidateRemote(report.changed));
    return 0;
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
