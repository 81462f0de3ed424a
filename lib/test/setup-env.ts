// Runs in each test file before its imports: code that reads DATABASE_URL (lib/db.ts) gets the test database.
import { afterAll, inject } from 'vitest';
import { disconnectTestDb } from '@/lib/test/db';

process.env.DATABASE_URL = inject('databaseUrl');

afterAll(disconnectTestDb);
