import { afterAll, beforeAll, inject } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';
import { createSiblingTestDatabase, type TestDatabase } from '@/lib/test/database';

let client: DbClient | undefined;

/** The test run's database URL (see lib/test/global-setup.ts). */
export function getTestDatabaseUrl(): string {
  return inject('databaseUrl');
}

/** One Prisma client per test file on the test database; disconnected after the file's tests. */
export function getTestDb(): DbClient {
  client ??= createDbClient(getTestDatabaseUrl(), 5);
  return client;
}

export async function disconnectTestDb(): Promise<void> {
  await client?.$disconnect();
  client = undefined;
}

/**
 * A migrated database of this test file's own (beside the run's), for tests whose workers drain every queued job:
 * on the shared database they would also run the jobs every other file's writes queued. Call at the top of the
 * file; the client is usable in tests and hooks.
 */
export function ownTestDb(): { db: DbClient; url: () => string } {
  let own: DbClient | undefined;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createSiblingTestDatabase(getTestDatabaseUrl());
    own = createDbClient(database.url, 5);
  }, 120_000);
  afterAll(async () => {
    await own?.$disconnect();
    await database?.drop();
  });
  const ready = () => {
    if (!own || !database) throw new Error('ownTestDb() is usable inside tests and hooks, once beforeAll has run.');
    return { own, database };
  };
  const db = new Proxy({} as DbClient, {
    get(_target, property) {
      const { own: client } = ready();
      const value = Reflect.get(client, property, client);
      return typeof value === 'function' ? value.bind(client) : value;
    },
  });
  return { db, url: () => ready().database.url };
}
