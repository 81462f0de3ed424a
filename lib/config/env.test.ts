// The configuration schema: each variable's bad value is refused with a message naming it, and every variable the
// code reads (a process.env read anywhere in the repository) is in the schema or listed as tooling, so a new one
// cannot bypass the check. App code (app/, lib/, components/, proxy.ts) reads configuration only through
// lib/config/env.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configVariables, DEFAULT_SITE_URL, parseConfig, toolingVariables } from '@/lib/config/env';
import { repoRoot } from '@/lib/db/paths';

const secret = 'x'.repeat(40);

function problemsOf(env: Record<string, string | undefined>, options?: Parameters<typeof parseConfig>[1]): string {
  try {
    parseConfig(env, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('parseConfig', () => {
  it('accepts an empty development environment with the defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      siteUrl: DEFAULT_SITE_URL,
      siteUrlSet: false,
      smtpPoolSize: 10,
      worker: true,
      webhooksAllowPrivate: false,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    [
      'DATABASE_URL',
      'mysql://root@localhost/db',
      /DATABASE_URL: DATABASE_URL must be a connection URL like postgresql:/,
    ],
    ['DATABASE_URL', 'not a url', /DATABASE_URL: /],
    ['DATABASE_POOL_SIZE', 'ten', /DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be a whole number/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE must be at least 1/],
    ['DATABASE_POOL_SIZE', '2.5', /DATABASE_POOL_SIZE must be a whole number/],
    ['SHADOW_DATABASE_URL', 'http://db', /SHADOW_DATABASE_URL: /],
    ['SITE_URL', 'tracker.example.org', /SITE_URL: SITE_URL must be an http:\/\/ or https:\/\/ address/],
    ['SITE_URL', 'ftp://tracker.example.org', /SITE_URL must be an http/],
    ['SITE_URL', 'https://example.org/tracker', /SITE_URL must be the site's address alone/],
    ['AUTH_SECRET', 'short', /AUTH_SECRET: AUTH_SECRET must be at least 32 characters/],
    ['AUTH_URL', 'example.org', /AUTH_URL: /],
    ['SMTP_URL', 'http://mail', /SMTP_URL: SMTP_URL must look like smtp:/],
    ['SMTP_POOL_SIZE', '1000', /SMTP_POOL_SIZE: SMTP_POOL_SIZE must be at most 100/],
    ['EMAIL_FROM', 'x', /EMAIL_FROM: /],
    ['REVALIDATE_URL', 'localhost:3000', /REVALIDATE_URL: /],
    ['REVALIDATE_SECRET', 'short', /REVALIDATE_SECRET: REVALIDATE_SECRET must be at least 16 characters/],
    ['WORKER', 'maybe', /WORKER: WORKER must be 1 or 0/],
    ['WEBHOOKS_ALLOW_PRIVATE', 'sure', /WEBHOOKS_ALLOW_PRIVATE: /],
    ['DEMO_ACCOUNTS', 'please', /DEMO_ACCOUNTS: /],
    ['NODE_ENV', 'staging', /NODE_ENV: NODE_ENV must be development, production or test/],
  ])('refuses %s=%s, naming it', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toMatch(message);
  });

  it('names every wrong variable at once', () => {
    const message = problemsOf({ SITE_URL: 'nope', SMTP_POOL_SIZE: 'many' });
    expect(message).toMatch(/SITE_URL: /);
    expect(message).toMatch(/SMTP_POOL_SIZE: /);
  });

  it('needs REVALIDATE_SECRET with REVALIDATE_URL', () => {
    expect(problemsOf({ REVALIDATE_URL: 'https://tracker.example.org' })).toMatch(
      /REVALIDATE_SECRET: REVALIDATE_SECRET must be set when REVALIDATE_URL is/,
    );
    expect(
      parseConfig({ REVALIDATE_URL: 'https://tracker.example.org', REVALIDATE_SECRET: 's'.repeat(16) }).revalidateUrl,
    ).toBe('https://tracker.example.org');
  });

  it('needs AUTH_SECRET in production (not while building), and DATABASE_URL when asked', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toMatch(/AUTH_SECRET is not set/);
    expect(() => parseConfig({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
    expect(problemsOf({}, { requireDatabase: true })).toMatch(/DATABASE_URL is not set/);
    expect(parseConfig({ DATABASE_URL: 'postgresql://u@h:5432/d' }, { requireDatabase: true }).databaseUrl).toBe(
      'postgresql://u@h:5432/d',
    );
  });

  it('reads the values it accepts', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      AUTH_SECRET: secret,
      SITE_URL: 'https://tracker.example.org/',
      DATABASE_POOL_SIZE: '4',
      SMTP_POOL_SIZE: ' 3 ',
      WORKER: 'off',
      WEBHOOKS_ALLOW_PRIVATE: '1',
      DEMO_ACCOUNTS: '1',
      EMAIL_FROM: '',
    });
    expect(config).toMatchObject({
      production: true,
      siteUrl: 'https://tracker.example.org',
      siteUrlSet: true,
      databasePoolSize: 4,
      smtpPoolSize: 3,
      worker: false,
      demoAccounts: true,
    });
    expect(config.emailFrom).toMatch(/no-reply@localhost/);
    // Private webhook addresses are for tests only, never in production.
    expect(config.webhooksAllowPrivate).toBe(false);
    expect(parseConfig({ NODE_ENV: 'test', WEBHOOKS_ALLOW_PRIVATE: '1' }).webhooksAllowPrivate).toBe(true);
  });
});

const SKIP_DIRS = new Set(['node_modules', '.next', '.data', '.git', 'generated', 'test-results', 'playwright-report']);
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : sourceFiles(relative);
    return /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [relative] : [];
  });
}

const reads = sourceFiles('.').flatMap((file) =>
  [...readFileSync(path.join(repoRoot, file), 'utf8').matchAll(/process\.env\.([A-Z_][A-Z0-9_]*)/g)].map((match) => ({
    file,
    name: match[1]!,
  })),
);

describe('every variable the code reads', () => {
  it('finds the reads', () => {
    expect(reads.length).toBeGreaterThan(10);
  });

  it('is in the schema or listed as tooling', () => {
    const known = new Set<string>([...configVariables, ...Object.keys(toolingVariables)]);
    const unknown = reads.filter(({ name }) => !known.has(name)).map(({ file, name }) => `${file}: ${name}`);
    expect(unknown, 'add the variable to lib/config/env.ts (schema, or toolingVariables with why)').toEqual([]);
  });

  it('is read by app code only through lib/config/env.ts when it is configuration (NODE_ENV excepted: Next inlines it)', () => {
    const appCode = (file: string) => /^(app|lib|components)\//.test(file) || file === 'proxy.ts';
    // The shared cache handler is plain CommonJS that Next loads outside the bundle (it cannot import this module); its
    // variables are in the schema all the same, so a server with a wrong value stops at start.
    const exempt = (file: string) =>
      file === 'lib/config/env.ts' ||
      file === 'lib/cache/shared-cache-handler.cjs' ||
      file.startsWith('lib/test/') ||
      /\.test\.tsx?$/.test(file);
    const direct = reads
      .filter(
        ({ file, name }) =>
          appCode(file) && !exempt(file) && name !== 'NODE_ENV' && (configVariables as string[]).includes(name),
      )
      .map(({ file, name }) => `${file}: ${name}`);
    expect(direct).toEqual([]);
  });
});
