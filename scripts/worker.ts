// `npm run worker`: the alerts worker on its own, for deployments that scale it apart from the web servers (run
// those with WORKER=off). Any number of workers share the queue safely (lib/jobs/queue.ts).
import { createDbClient } from '@/lib/db/client';
import { startWorker } from '@/lib/jobs/start-worker';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: start the worker with `npm run worker`, which starts the embedded database when none is given.');
  process.exit(1);
}

const db = createDbClient(url, Number(process.env.DATABASE_POOL_SIZE ?? 5));
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
