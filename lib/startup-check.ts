// The server's configuration check at start (called from instrumentation.ts on the Node.js runtime only): every
// variable of lib/config/env.ts is parsed, and a wrong one (a production server without AUTH_SECRET, a malformed
// SMTP_URL, pool size or TRUSTED_PROXIES, a SITE_URL other than the build's, ...) stops the server at once naming the variable,
// instead of failing on the first request that needs it. Next only logs an error thrown from instrumentation and
// keeps a server that cannot serve, so the process exits itself.
import { ConfigError, parseConfig } from '@/lib/config/env';
import { siteUrlMismatch } from '@/lib/config/site-url-check';

/** Every configuration problem of this process, or null. `builtSiteUrl`: see siteUrlMismatch. */
export function configurationProblem(
  env: Record<string, string | undefined>,
  builtSiteUrl: string | undefined,
): string | null {
  const building = env.NEXT_PHASE === 'phase-production-build';
  try {
    // The server and the build both read the database (the build prerenders from it).
    const { siteUrl } = parseConfig(env, { requireDatabase: true });
    // While building, the build is what records the address; there is nothing to compare yet.
    return building ? null : siteUrlMismatch(builtSiteUrl, siteUrl);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

export function checkConfiguration() {
  // A literal `process.env.RT_BUILT_SITE_URL`: Next replaces it with the value next.config.js recorded at build.
  const problem = configurationProblem(process.env, process.env.RT_BUILT_SITE_URL);
  if (!problem) return;
  console.error(`Configuration error: ${problem}`);
  process.exit(1);
}
