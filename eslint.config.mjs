// ESLint (flat config): Next's rules for React, hooks and Core Web Vitals, and typescript-eslint's through
// eslint-config-next/typescript. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Next loads its cache handler with require(): that file is CommonJS and requires Next's own class to extend.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Unused names are mistakes, except the ones named to be skipped (`_rest`, a destructured field left out).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'lib/generated/**',
    '.data/**',
    'test-results/**',
    'playwright-report/**',
    'bench/results/**',
  ]),
]);
