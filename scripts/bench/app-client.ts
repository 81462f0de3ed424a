// The app's Prisma client for benchmarks that call its data functions outside Next (dashboard-data.ts, plans.ts):
// installed on globalThis, where lib/db.ts takes it, before those modules load, with every statement reported.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

export type Statement = { query: string; params: string; ms: number };

export function installAppClient(url: string, poolSize: number, onStatement: (statement: Statement) => void) {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize }),
    omit: { user: { passwordHash: true } },
    log: [{ emit: 'event', level: 'query' }],
  });
  db.$on('query', (e) => onStatement({ query: e.query, params: e.params, ms: e.duration }));
  (globalThis as unknown as { db: unknown }).db = db;
  return db;
}
