// Runs once when a server starts. Node.js-only work is imported inside the runtime check, so the Edge bundle of this
// file stays free of Node APIs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { checkConfiguration } = await import('@/lib/startup-check');
  checkConfiguration();
}
