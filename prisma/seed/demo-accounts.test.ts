// `npm run dev` makes demo accounts with published passwords only on the embedded database, or when asked with
// DEMO_ACCOUNTS=1: never on a DATABASE_URL by default (it may be a shared or real server). The launcher itself
// (scripts/with-db.ts) is run as `npm run dev` runs it, with `next dev --help` so that no server stays up.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { repoRoot } from '@/lib/db/paths';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';
import { demoAccounts, demoAccountsDecision } from '@/prisma/seed/demo-accounts';

const run = promisify(execFile);

describe('demoAccountsDecision', () => {
  it('creates them for the dev server on the embedded database', () => {
    expect(demoAccountsDecision({ embedded: true, devServer: true, nodeEnv: 'development' })).toEqual({ create: true });
  });

  it('leaves them out on DATABASE_URL unless DEMO_ACCOUNTS=1, and says how to ask', () => {
    const decision = demoAccountsDecision({ embedded: false, devServer: true, nodeEnv: 'development' });
    expect(decision).toMatchObject({
      create: false,
      reason: expect.stringMatching(/not created on DATABASE_URL.*DEMO_ACCOUNTS=1/),
    });
    expect(demoAccountsDecision({ embedded: false, devServer: true, demoAccounts: true })).toEqual({ create: true });
    expect(demoAccountsDecision({ embedded: true, devServer: true, demoAccounts: false })).toMatchObject({
      create: false,
    });
  });

  it('never for a build, a server or production', () => {
    expect(demoAccountsDecision({ embedded: true, devServer: false })).toEqual({ create: false, reason: null });
    expect(
      demoAccountsDecision({ embedded: true, devServer: true, nodeEnv: 'production', demoAccounts: true }),
    ).toMatchObject({ create: false });
  });
});

describe('npm run dev against DATABASE_URL (scripts/with-db.ts)', () => {
  let database: TestDatabase;
  let db: DbClient;

  beforeAll(async () => {
    database = await createTestDatabase(process.env.DATABASE_URL);
    db = createDbClient(database.url, 1);
  }, 60_000);

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  const launch = (extra: Record<string, string>) =>
    run(path.join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/with-db.ts', '--', 'next', 'dev', '--help'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: database.url, DEMO_ACCOUNTS: '', ...extra },
    });
  const demoUsers = () => db.user.count({ where: { email: { in: demoAccounts.map((account) => account.email) } } });

  it('creates no account with a published password by default', async () => {
    const { stdout } = await launch({});
    expect(stdout).toContain('Demo accounts: not created on DATABASE_URL');
    expect(stdout).not.toContain('demo-password');
    expect(await demoUsers()).toBe(0);
  }, 60_000);

  it('creates them when asked with DEMO_ACCOUNTS=1', async () => {
    const { stdout } = await launch({ DEMO_ACCOUNTS: '1' });
    expect(stdout).toContain('admin@example.org / demo-password');
    expect(await demoUsers()).toBe(demoAccounts.length);
  }, 60_000);
});
