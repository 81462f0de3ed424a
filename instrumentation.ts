// Runs once when the server starts: configuration is checked here so that a production server without AUTH_SECRET
// (or with a malformed SMTP_URL) stops at start, naming the variable, instead of failing on the first sign-in.
// Next only logs an error thrown here and keeps a server that cannot serve, so the process exits itself.
// Then the alerts worker starts in this process, unless WORKER=off (deployments that run `npm run worker` apart).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { authEnv } = await import('@/lib/auth/env');
  try {
    authEnv();
  } catch (error) {
    console.error(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { workerEnabled, startWorker } = await import('@/lib/jobs/start-worker');
  if (!workerEnabled()) return;
  const { db } = await import('@/lib/db');
  // One per process, even if a dev reload registers again.
  const global = globalThis as unknown as { alertsWorker?: unknown };
  global.alertsWorker ??= await startWorker(db);
}
