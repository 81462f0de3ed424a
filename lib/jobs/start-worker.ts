// Starts the background worker of this process from its configuration: inside the Next server
// (instrumentation.ts) unless WORKER=off, and in `npm run worker`.
import { authEnv } from '@/lib/auth/env';
import { config, parseConfig } from '@/lib/config/env';
import type { DbClient } from '@/lib/db/client';
import { DUMP_JOB, scheduleNightlyDump, writeDump } from '@/lib/dumps/dump';
import { createMailer } from '@/lib/email/transport';
import { createWorker, jobConcurrencyFor, type Worker } from '@/lib/jobs/worker';
import { scheduleDigestPlans } from '@/lib/notifications/digests';
import { alertJobHandlers } from '@/lib/notifications/job-handlers';
import { siteUrl } from '@/lib/site';
import { revalidateInApp } from '@/lib/cache/revalidate-in-app';
import { scheduleDueSyncs, syncJobHandlers } from '@/lib/sync/schedule';
import { webhooksAllowPrivate } from '@/lib/webhooks/url';

/** WORKER=off leaves the jobs to separately run workers (`npm run worker`). */
export function workerEnabled(env?: Record<string, string | undefined>): boolean {
  return (env ? parseConfig(env) : config()).worker;
}

export async function startWorker(db: DbClient, log: (line: string) => void = console.log): Promise<Worker> {
  const env = authEnv();
  const mailer = env.smtpUrl ? createMailer(env.smtpUrl) : null;
  const worker = createWorker({
    db,
    handlers: {
      ...alertJobHandlers({
        db,
        mailer,
        from: env.emailFrom,
        siteUrl: siteUrl(),
        secret: env.secret,
        allowPrivateWebhooks: webhooksAllowPrivate(),
      }),
      // Sync runs (lib/sync): in the app, changed pages are revalidated in this server.
      ...syncJobHandlers(db, { onChanged: revalidateInApp }),
      // The nightly bulk dump (lib/dumps), queued at 03:00 UTC.
      [DUMP_JOB]: async () => {
        await writeDump(db);
      },
    },
    concurrency: await jobConcurrencyFor(db),
    leaseMs: config().jobLeaseSeconds * 1000,
    // Digests are planned only where they can be sent.
    everyMinute: async () => {
      await scheduleNightlyDump(db);
      if (mailer) await scheduleDigestPlans(db);
      await scheduleDueSyncs(db);
    },
    log,
  });
  worker.start();
  log(`worker ${worker.id} started (email ${mailer ? 'on' : 'off: SMTP_URL is not set'})`);
  const stop = worker.stop.bind(worker);
  return {
    ...worker,
    stop: async () => {
      await stop();
      mailer?.close();
    },
  };
}
