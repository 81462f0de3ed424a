// `npm run bench:alerts [-- --members 10000 --port 3864]`: the alerts targets of issue 7 on a fresh database
// (DATABASE_URL's server, else the embedded PGlite). A status change on a measure followed by N members: the time
// until every notification and email job is queued (target under 5 s for 10,000), then the rate at which the
// worker sends them to a local SMTP sink (target 100 messages/s or more). Results in bench/results/alerts-*.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordChange } from '@/lib/changes/record-change';
import { createDbClient } from '@/lib/db/client';
import { startTestSmtpServer } from '@/lib/email/smtp-test-server';
import { createMailer } from '@/lib/email/transport';
import { createWorker, jobConcurrencyFor } from '@/lib/jobs/worker';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { createTestDatabase } from '@/lib/test/database';
import { createMeasure } from '@/prisma/factories';

const { values } = parseArgs({
  options: { members: { type: 'string', default: '10000' }, port: { type: 'string', default: '3864' } },
});
const members = Number(values.members);
const port = Number(values.port);
const ENQUEUE_TARGET_MS = 5_000;
const SEND_TARGET_PER_S = 100;
const seconds = (ms: number) => Math.round(ms) / 1000;

async function main(): Promise<number> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  console.log(`Database: ${database.description}`);
  const db = createDbClient(database.url, 25);
  const smtp = await startTestSmtpServer(port);
  const mailer = createMailer(smtp.url);
  try {
    const measure = await createMeasure(db, { identifier: 'Res. 1', title: 'Bench resolution' });
    const stamp = Date.now().toString(36);
    await db.user.createMany({
      data: Array.from({ length: members }, (_, i) => ({
        id: `bench-${stamp}-${i}`,
        email: `bench-${i}@example.test`,
      })),
    });
    await db.follow.createMany({
      data: Array.from({ length: members }, (_, i) => ({ userId: `bench-${stamp}-${i}`, measureId: measure.id })),
    });
    console.log(`${members} members follow ${measure.slug}`);

    const worker = createWorker({
      db,
      handlers: alertJobHandlers({
        db,
        mailer,
        from: 'Bench <bench@example.test>',
        siteUrl: 'http://localhost:3000',
        secret: 'bench-secret-at-least-32-characters-long',
      }),
      concurrency: await jobConcurrencyFor(db),
      batchSize: 100,
      log: (line) => console.log(line),
    });

    // Enqueue: the change, its trigger's fan-out job, and the one round that runs it.
    const changedAt = performance.now();
    await recordChange(db, {
      actorLabel: 'bench',
      entityType: 'measure',
      entityId: measure.id,
      operation: 'update',
      measureId: measure.id,
      before: { stage: 'introduced' },
      after: { stage: 'adopted' },
    });
    await worker.runOnce(); // the fan-out job is the only one due
    const enqueueMs = performance.now() - changedAt;
    const queued = await db.job.count({ where: { kind: 'email', doneAt: null } });
    const notifications = await db.notification.count({ where: { measureId: measure.id } });
    console.log(
      `enqueue: ${notifications} notifications and ${queued} email jobs in ${seconds(enqueueMs)} s (target < ${ENQUEUE_TARGET_MS / 1000} s)`,
    );

    const sendStart = performance.now();
    await worker.drain();
    const sendMs = performance.now() - sendStart;
    const rate = smtp.messages.length / (sendMs / 1000);
    const duplicates = smtp.messages.length - new Set(smtp.messages.map((message) => message.to.join())).size;
    console.log(
      `send: ${smtp.messages.length} messages in ${seconds(sendMs)} s = ${rate.toFixed(1)} messages/s (target >= ${SEND_TARGET_PER_S}); duplicates: ${duplicates}`,
    );

    const result = {
      at: new Date().toISOString(),
      database: database.description,
      members,
      enqueue: {
        notifications,
        emailJobs: queued,
        seconds: seconds(enqueueMs),
        pass: enqueueMs < ENQUEUE_TARGET_MS && queued === members,
      },
      send: {
        messages: smtp.messages.length,
        seconds: seconds(sendMs),
        perSecond: Number(rate.toFixed(1)),
        duplicates,
        pass: rate >= SEND_TARGET_PER_S && smtp.messages.length === members && duplicates === 0,
      },
    };
    await mkdir('bench/results', { recursive: true });
    const file = path.join('bench/results', `alerts-${result.at.replace(/[:.]/g, '-')}.json`);
    await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(
      `${result.enqueue.pass ? 'PASS' : 'MISS'} enqueue, ${result.send.pass ? 'PASS' : 'MISS'} send; written to ${file}`,
    );
    return result.enqueue.pass && result.send.pass ? 0 : 1;
  } finally {
    mailer.close();
    await smtp.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
