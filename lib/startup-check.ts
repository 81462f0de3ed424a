// The server's configuration check at start (called from instrumentation.ts on the Node.js runtime only): a
// production server without AUTH_SECRET, with a malformed SMTP_URL or TRUSTED_PROXIES, stops at once naming the variable, instead
// of failing on the first sign-in. Next only logs an error thrown from instrumentation and keeps a server that
// cannot serve, so the process exits itself.
import { trustedProxies } from '@/lib/auth/client-address';
import { authEnv } from '@/lib/auth/env';

export function checkConfiguration() {
  try {
    authEnv();
    trustedProxies();
  } catch (error) {
    console.error(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
