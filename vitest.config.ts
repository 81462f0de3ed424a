import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { REAL_DATA_SUITES, realDataPresent } from './lib/test/real-data';

const root = path.dirname(fileURLToPath(import.meta.url));

// The suites over ../shared/fixtures run when the folder is there (always in CI) and are left out when it is not
// (a plain clone), where scripts/test.ts says so in its summary. REAL_DATA=only runs just them, =none leaves
// them out (scripts/test.ts runs them as a step of their own).
const realData = process.env.REAL_DATA ?? (realDataPresent() ? 'include' : 'none');

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Server modules import 'server-only', which throws outside React Server Components; tests are server code.
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
    ],
  },
  test: {
    environment: 'node',
    include: realData === 'only' ? REAL_DATA_SUITES : ['**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      'e2e/**',
      '.next/**',
      'lib/generated/**',
      '.data/**',
      ...(realData === 'none' ? REAL_DATA_SUITES : []),
    ],
    // Integration tests share one database: run files one after another.
    fileParallelism: false,
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
