// Runs once when a server starts. Node.js-only work is imported inside the runtime check, so the Edge bundle of this
// file stays free of Node APIs. First the socket address recorder and the configuration check (lib/startup-check.ts:
// a production server without AUTH_SECRET, or with a malformed TRUSTED_PROXIES, stops, naming it); then the alerts
// worker starts in this process, unless WORKER=off (deployments that run `npm run worker` apart).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Before the first request: the sign-in limit's client address is the socket's (lib/auth/client-address.ts).
  const { installPeerAddressHeader } = await import('@/lib/auth/client-address');
  installPeerAddressHeader();
  const { checkConfiguration } = await import('@/lib/startup-check');
  checkConfiguration();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { workerEnabled, startWorker } = await import('@/lib/jobs/start-worker');
  if (!workerEnabled()) return;
  const { db } = await import('@/lib/db');
  // One per process, even if a dev reload registers again.
  const global = globalThis as unknown as { alertsWorker?: unknown };
  global.alertsWorker ??= await startWorker(db);
}
