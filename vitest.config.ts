import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

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
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**', '.next/**', 'lib/generated/**', '.data/**'],
    // Integration tests share one database: run files one after another.
    fileParallelism: false,
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
