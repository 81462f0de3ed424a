import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// The e2e server accepts revalidation requests from the tests (e2e/cache-revalidation.spec.ts) with this secret.
process.env.REVALIDATE_SECRET ??= 'e2e-revalidate-secret';
const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server runs in production mode, which requires AUTH_SECRET; e2e/auth.spec.ts listens for the magic-link
// mail on SMTP_URL's port with a real SMTP server (smtp-server).
process.env.AUTH_SECRET ??= 'e2e-auth-secret-0123456789abcdef0123456789';
process.env.E2E_SMTP_PORT ??= String(port + 25);
process.env.SMTP_URL ??= `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`;
const baseURL = `http://127.0.0.1:${port}`;
// Magic links are built on this address (Auth.js's AUTH_URL), so the mail's link points at the server under test.
process.env.AUTH_URL ??= baseURL;

// `npx playwright install` cannot download a browser on machines that reach only the npm registry and Debian's
// archive, so a system Chromium (Debian's `chromium`) is preferred when there is one; elsewhere Playwright's own.
const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function findOnPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH || findOnPath('chromium');
const launchOptions = systemChromium ? { executablePath: systemChromium, args: SYSTEM_CHROMIUM_ARGS } : {};

export default defineConfig({
  testDir: 'e2e',
  // Tests must be deterministic: a flaky test is a bug to fix, not to retry.
  retries: 0,
  // Two workers and next start share two cores: an axe scan of a long table can take several seconds.
  timeout: 60_000,
  workers: 2,
  forbidOnly: isCI,
  fullyParallel: true,
  reporter: isCI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
  ],
  webServer: {
    // with-db applies migrations and uses DATABASE_URL when set, else the embedded PGlite in .data/pglite.
    // No -H: with one, Next 16.4 hands proxy.ts a URL on "localhost" that differs from the address it listens on,
    // so the list views' rewrites count as external and go over HTTP to the server itself (README, Performance).
    command: `npx tsx scripts/with-db.ts -- npx next start -p ${port}`,
    url: `${baseURL}/about`,
    reuseExistingServer: !isCI,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Let with-db stop the embedded database cleanly instead of SIGKILLing the whole group.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
