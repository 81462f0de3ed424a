import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** A Prisma client on PostgreSQL through the pg driver; the app uses the one in lib/db.ts, scripts and tests make their own. */
export function createDbClient(url: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type DbClient = ReturnType<typeof createDbClient>;
