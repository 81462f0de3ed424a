import { inject } from 'vitest';
import { createDbClient, type DbClient } from '@/lib/db/client';

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
