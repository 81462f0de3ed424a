// `npm run worker`: the alerts worker on its own, for deployments that scale it apart from the web servers (run
// those with WORKER=off). Any number of workers share the queue safely (lib/jobs/queue.ts).
import { scriptConfig } from '@/lib/config/env';
import { createDbClient } from '@/lib/db/client';
import { startWorker } from '@/lib/jobs/start-worker';

const config = scriptConfig({ requireDatabase: true });

const db = createDbClient(config.databaseUrl!, config.databasePoolSize ?? 5);
const worker = await startWorker(db);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`worker: ${signal}, finishing the jobs in hand`);
    void worker
      .stop()
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}
