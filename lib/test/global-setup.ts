// Gives the test run its database: TEST_DATABASE_URL as is (npm test prepares one), else a fresh migrated
// database on DATABASE_URL's server, else an embedded PGlite in a temporary directory. Tests read it with
// inject('databaseUrl') or getTestDb(); process.env.DATABASE_URL is set to it in every test file.
import type { TestProject } from 'vitest/node';
import { redactUrl } from '@/lib/db/url';
import { createTestDatabase, type TestDatabase } from '@/lib/test/database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let database: TestDatabase | undefined;
  let url = process.env.TEST_DATABASE_URL;
  if (url) {
    console.log(`Test database: TEST_DATABASE_URL ${redactUrl(url)}`);
  } else {
    database = await createTestDatabase(process.env.DATABASE_URL);
    url = database.url;
    console.log(`Test database: ${database.description}`);
  }
  project.provide('databaseUrl', url);
  process.env.DATABASE_URL = url;

  return async () => {
    await database?.drop();
  };
}
