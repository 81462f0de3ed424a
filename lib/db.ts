import 'server-only';
import { config } from '@/lib/config/env';
import { createDbClient, type DbClient } from '@/lib/db/client';

// One Prisma client per process, kept on globalThis so dev reloads do not open new pools.
function createClient() {
  const { databaseUrl: url, databasePoolSize } = config();
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`: they start the embedded database when no DATABASE_URL is given.',
    );
  }
  return createDbClient(url, databasePoolSize ?? 10);
}

const globalForDb = globalThis as unknown as { db?: DbClient };

export const db = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.db = db;
