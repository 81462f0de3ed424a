// The application's configuration: every environment variable the app and its scripts read, in one zod schema, so
// a wrong value stops the server (instrumentation.ts → lib/startup-check.ts) or the script (scripts/with-db.ts and
// the scripts it runs) at once with the variable's name and what is wrong, instead of failing on first use.
// Everything reads configuration through config() (or parseConfig() for a given environment, in tests).
// lib/config/env.test.ts checks that every environment variable the code reads is in this schema or in `toolingVariables`.
// No 'server-only' here: the launcher and the scripts run outside Next.
import { parseTrustedProxies } from './trusted-proxies';
import { z } from 'zod';

/** Development and tests only: known to everyone, so never accepted in production. */
export const DEV_AUTH_SECRET = 'resolution-tracker-development-secret-not-for-production';
export const DEFAULT_SITE_URL = 'http://localhost:3000';
export const DEFAULT_EMAIL_FROM = 'Resolution Tracker <no-reply@localhost>';

/**
 * Variables read by the test, bench and install tooling only, never by the app or its commands; set by the harness
 * (or by Next itself: NEXT_RUNTIME, NEXT_PHASE), so they are not part of the schema.
 */
export const toolingVariables = {
  NEXT_RUNTIME: 'set by Next: which runtime runs instrumentation.ts',
  NEXT_PHASE: 'set by Next: phase-production-build while `next build` prerenders',
  RT_BUILT_SITE_URL: 'written into the build by next.config.js (env): the SITE_URL the pages were prerendered with',
  TEST_DATABASE_URL: 'npm test / vitest: the prepared test database',
  SHARED_FIXTURES_DIR: 'tests: where the shared fixtures live',
  REAL_DATA: 'vitest: include (default when the shared fixtures are there), only or none of the real-data suites',
  ALERTS_TEST_LOG: 'tests: print the worker log',
  DEBUG_SCHEMA_ENGINE: 'db:migration: print the schema engine log',
  E2E_PORT: 'Playwright: the port of the server under test',
  E2E_SMTP_PORT: 'Playwright: the port of the test SMTP server',
  PLAYWRIGHT_CHROMIUM_PATH: 'Playwright: the browser',
  CI: 'Playwright: CI mode',
  PATH: 'Playwright: finding chromium',
  BENCH_DATABASE_URL: 'npm run bench: the server for the bench databases',
  BENCH_WORKER:
    'npm run bench: "on" keeps the job worker in the server under test (off by default, so its jobs do not run during the loads)',
  CHROME_PATH: 'npm run bench: the browser for Lighthouse',
  CLUSTER_BUILD: 'npm run test:cluster: skip to reuse the existing build',
  CLUSTER_LOG: "npm run test:cluster: print the processes' output too",
  PORT: 'set by `next start`: the port the server listens on (lib/cache/self-revalidate.ts)',
  __NEXT_PRIVATE_ORIGIN:
    'set by `next start`: the address the server listens on (lib/cache/self-revalidate.ts, revalidate-in-app.ts)',
  NODE_OPTIONS: 'the launcher adds a V8 flag for `next start`',
  INIT_CWD: 'set by npm: where the command was typed (npm run import paths)',
  PRISMA_SCHEMA_ENGINE_BINARY: 'postinstall: prisma generate without the native engine',
} as const;

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const flag = (name: string) =>
  optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (value) => ['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no'].includes(value),
        `${name} must be 1 or 0 (also on/off, true/false, yes/no)`,
      )
      .transform((value) => ['1', 'true', 'on', 'yes'].includes(value)),
  );

const poolSize = (name: string) =>
  optional(
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be at least 1`)
      .max(100, `${name} must be at most 100`),
  );

/** Requests per minute for the public API (lib/api/rate-limit.ts). */
const apiLimit = (name: string) =>
  optional(
    z.coerce
      .number({ error: `${name} must be a whole number of requests per minute` })
      .int(`${name} must be a whole number of requests per minute`)
      .min(1, `${name} must be at least 1`)
      .max(1_000_000, `${name} must be at most 1000000`),
  );

/** A whole number from 1 to `max`. */
const poolSizeLike = (name: string, max: number) =>
  optional(
    z.coerce
      .number({ error: `${name} must be a whole number` })
      .int(`${name} must be a whole number`)
      .min(1, `${name} must be at least 1`)
      .max(max, `${name} must be at most ${max}`),
  );

const postgresUrl = (name: string) =>
  optional(
    z.url({
      protocol: /^postgres(ql)?$/,
      error: `${name} must be a connection URL like postgresql://user:password@host:5432/database`,
    }),
  );

/** An http(s) origin: the site lives at the root of its address (no basePath), so a path, query or hash is an error. */
export const siteUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'SITE_URL must be an http:// or https:// address, like https://tracker.example.org',
  })
  .refine((value) => {
    if (!URL.canParse(value)) return true; // reported by z.url above
    const url = new URL(value);
    return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  }, "SITE_URL must be the site's address alone (scheme, host and port), with no path, query or user name")
  .transform((value) => new URL(value).origin);

const schema = z
  .object({
    NODE_ENV: optional(
      z.enum(['development', 'production', 'test'], { error: 'NODE_ENV must be development, production or test' }),
    ),
    DATABASE_URL: postgresUrl('DATABASE_URL'),
    DATABASE_POOL_SIZE: poolSize('DATABASE_POOL_SIZE'),
    DATABASE_DIRECT_URL: postgresUrl('DATABASE_DIRECT_URL'),
    REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'REDIS_URL must look like redis://127.0.0.1:6379' })),
    // Read by lib/cache/shared-cache-handler.cjs (CommonJS, outside this schema's config()); checked here at start.
    REDIS_CACHE_TTL_SECONDS: poolSizeLike('REDIS_CACHE_TTL_SECONDS', 7 * 86_400),
    REDIS_CACHE_MAX_ENTRY_BYTES: poolSizeLike('REDIS_CACHE_MAX_ENTRY_BYTES', 64 * 1024 * 1024),
    SHADOW_DATABASE_URL: postgresUrl('SHADOW_DATABASE_URL'),
    SITE_URL: optional(siteUrlSchema),
    AUTH_SECRET: optional(
      z.string().min(32, 'AUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)'),
    ),
    AUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'AUTH_URL must be an http:// or https:// address' })),
    SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:pass@host:587' })),
    SMTP_POOL_SIZE: poolSize('SMTP_POOL_SIZE'),
    EMAIL_FROM: optional(z.string().trim().min(3, 'EMAIL_FROM must be a sender like "Tracker <no-reply@example.org>"')),
    REVALIDATE_URL: optional(
      z.url({ protocol: /^https?$/, error: "REVALIDATE_URL must be the running app's http:// or https:// address" }),
    ),
    REVALIDATE_SECRET: optional(z.string().min(16, 'REVALIDATE_SECRET must be at least 16 characters')),
    WORKER: flag('WORKER'),
    JOB_LEASE_SECONDS: optional(
      z.coerce
        .number({ error: 'JOB_LEASE_SECONDS must be a whole number of seconds' })
        .int('JOB_LEASE_SECONDS must be a whole number of seconds')
        .min(5, 'JOB_LEASE_SECONDS must be at least 5')
        .max(86_400, 'JOB_LEASE_SECONDS must be at most 86400 (a day)'),
    ),
    WEBHOOKS_ALLOW_PRIVATE: flag('WEBHOOKS_ALLOW_PRIVATE'),
    DEMO_ACCOUNTS: flag('DEMO_ACCOUNTS'),
    DUMPS_DIR: optional(z.string().trim()),
    CONGRESS_API_KEY: optional(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{20,64}$/, 'CONGRESS_API_KEY must be the key api.data.gov sent (letters and digits)'),
    ),
    API_RATE_LIMIT: apiLimit('API_RATE_LIMIT'),
    API_KEY_RATE_LIMIT: apiLimit('API_KEY_RATE_LIMIT'),
    TRUSTED_PROXIES: optional(z.string()).transform((value, ctx) => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  })
  .superRefine((env, ctx) => {
    if (env.REVALIDATE_URL && !env.REVALIDATE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['REVALIDATE_SECRET'],
        message: 'REVALIDATE_SECRET must be set when REVALIDATE_URL is (the app refuses revalidation without it)',
      });
    }
  });

/** The variables the schema knows (lib/config/env.test.ts compares them with the code). */
export const configVariables = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  databaseUrl: string | undefined;
  databasePoolSize: number | undefined;
  /** A direct (non-pooled) connection for LISTEN and migrations when DATABASE_URL goes through PgBouncer. */
  databaseDirectUrl: string | undefined;
  /** Redis for the shared 'use cache' handler (lib/cache/redis-cache-handler.cjs); unset: each process's own cache. */
  redisUrl: string | undefined;
  shadowDatabaseUrl: string | undefined;
  /** The public address, an origin without a trailing slash. */
  siteUrl: string;
  siteUrlSet: boolean;
  authSecret: string;
  authUrl: string | undefined;
  smtpUrl: string | undefined;
  smtpPoolSize: number;
  emailFrom: string;
  revalidateUrl: string | undefined;
  revalidateSecret: string | undefined;
  worker: boolean;
  /** How long a worker holds a job it took: a worker killed mid-job lets it go after this (default 300). */
  jobLeaseSeconds: number;
  webhooksAllowPrivate: boolean;
  /** DEMO_ACCOUNTS: undefined when not given (the launcher then decides from the database). */
  demoAccounts: boolean | undefined;
  /** TRUSTED_PROXIES: reverse proxies in front of the server (0: clients connect directly). */
  trustedProxies: number;
  /** Public API requests per minute: per client address without a key, and per key. */
  apiRateLimit: number;
  apiKeyRateLimit: number;
  /** DUMPS_DIR: where the nightly dumps are written (lib/dumps); undefined: .data/dumps. */
  dumpsDir: string | undefined;
  /** CONGRESS_API_KEY: the api.data.gov key for Congress.gov API v3 sources (never logged). */
  congressApiKey: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export type ParseOptions = {
  /** A server or command that talks to the database: DATABASE_URL must be set. */
  requireDatabase?: boolean;
};

export function parseConfig(env: Record<string, string | undefined>, options: ParseOptions = {}): Config {
  const parsed = schema.safeParse(Object.fromEntries(configVariables.map((name) => [name, env[name]])));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${String(issue.path[0] ?? 'configuration')}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const nodeEnv = values.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  // `next build` loads the app to prerender, without the runtime secrets; the running server checks again.
  const building = env.NEXT_PHASE === 'phase-production-build';
  const problems: string[] = [];
  if (!values.AUTH_SECRET && production && !building) {
    problems.push(
      'AUTH_SECRET is not set. A production server needs it to sign sessions: set AUTH_SECRET to a random string of 32 or more characters.',
    );
  }
  if (!values.DATABASE_URL && options.requireDatabase) {
    problems.push(
      'DATABASE_URL is not set. Start through `npm run dev`, `npm start` or the other npm scripts: they start the embedded database when no DATABASE_URL is given.',
    );
  }
  if (problems.length) throw new ConfigError(problems);
  return {
    nodeEnv,
    production,
    databaseUrl: values.DATABASE_URL,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databaseDirectUrl: values.DATABASE_DIRECT_URL,
    redisUrl: values.REDIS_URL,
    shadowDatabaseUrl: values.SHADOW_DATABASE_URL,
    siteUrl: values.SITE_URL ?? DEFAULT_SITE_URL,
    siteUrlSet: values.SITE_URL !== undefined,
    authSecret: values.AUTH_SECRET ?? DEV_AUTH_SECRET,
    authUrl: values.AUTH_URL,
    smtpUrl: values.SMTP_URL,
    smtpPoolSize: values.SMTP_POOL_SIZE ?? 10,
    emailFrom: values.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
    revalidateUrl: values.REVALIDATE_URL,
    revalidateSecret: values.REVALIDATE_SECRET,
    jobLeaseSeconds: values.JOB_LEASE_SECONDS ?? 300,
    worker: values.WORKER ?? true,
    // Private addresses (and plain http) for webhooks only where a test configuration says so, never in production.
    webhooksAllowPrivate: (values.WEBHOOKS_ALLOW_PRIVATE ?? false) && !production,
    demoAccounts: values.DEMO_ACCOUNTS,
    trustedProxies: values.TRUSTED_PROXIES,
    apiRateLimit: values.API_RATE_LIMIT ?? 60,
    apiKeyRateLimit: values.API_KEY_RATE_LIMIT ?? 1000,
    dumpsDir: values.DUMPS_DIR,
    congressApiKey: values.CONGRESS_API_KEY,
  };
}

let cached: Config | undefined;

/** This process's configuration, parsed once. Throws ConfigError naming every wrong variable. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** For commands run outside Next (scripts/): the configuration, or the problems printed and exit code 1. */
export function scriptConfig(options: ParseOptions = {}): Config {
  try {
    return parseConfig(process.env, options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
}
