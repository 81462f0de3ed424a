// Runs once when a server starts. Node.js-only work is imported inside the runtime check, so the Edge bundle of this
// file stays free of Node APIs. First the socket address recorder and the configuration check (lib/startup-check.ts:
// a production server without AUTH_SECRET, or with a malformed TRUSTED_PROXIES, stops, naming it); then the cache tag
// follower (every instance: lib/cache/tag-follower.ts); then the alerts worker starts in this process, unless
// WORKER=off (deployments that run `npm run worker` apart).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Before the first request: the sign-in limit's client address is the socket's (lib/auth/client-address.ts).
  const { installPeerAddressHeader } = await import('@/lib/auth/client-address');
  installPeerAddressHeader();
  const { checkConfiguration } = await import('@/lib/startup-check');
  checkConfiguration();
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // Every instance follows the cache tags the database announces (lib/cache/tag-follower.ts, decision 070).
  const followerHolder = globalThis as unknown as { cacheTagFollower?: unknown };
  if (!followerHolder.cacheTagFollower) {
    const { startTagFollower } = await import('@/lib/cache/start-tag-follower');
    followerHolder.cacheTagFollower = await startTagFollower();
  }
  const { workerEnabled, startWorker } = await import('@/lib/jobs/start-worker');
  if (!workerEnabled()) return;
  const { db } = await import('@/lib/db');
  // One per process, even if a dev reload registers again.
  const global = globalThis as unknown as { alertsWorker?: unknown };
  global.alertsWorker ??= await startWorker(db);
}
