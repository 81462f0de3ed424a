// Demo accounts for development only: one per role, with known passwords. Never in production (the launcher
// calls this only when NODE_ENV !== 'production', and it refuses to run there anyway).
import { hashPassword } from '@/lib/auth/password';
import type { DbClient } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser, findUserByEmail } from '@/lib/users/mutations';

export const DEMO_PASSWORD = 'demo-password';

export const demoAccounts: { email: string; name: string; role: Role }[] = [
  { email: 'member@example.org', name: 'Demo Member', role: 'member' },
  { email: 'editor@example.org', name: 'Demo Editor', role: 'editor' },
  { email: 'admin@example.org', name: 'Demo Admin', role: 'admin' },
];

/** Creates the demo accounts that are missing (idempotent) and returns the logins to print. */
export async function ensureDemoAccounts(db: DbClient): Promise<string[]> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo accounts are for development only.');
  for (const account of demoAccounts) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) }, { actorLabel: 'seed' });
  }
  return demoAccounts.map((account) => `${account.role.padEnd(6)} ${account.email} / ${DEMO_PASSWORD}`);
}
