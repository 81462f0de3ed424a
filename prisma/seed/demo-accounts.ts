// Demo accounts for development only: one per role, with known (published) passwords. `npm run dev` makes them on
// the embedded database only, where nobody else can reach them; against a DATABASE_URL, which may be a shared or
// real server, only when asked with DEMO_ACCOUNTS=1. Never in production.
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

export type DemoAccountsDecision = { create: true } | { create: false; reason: string | null };

/**
 * Whether the launcher should make the demo accounts: only for a development server (`next dev`), never with
 * NODE_ENV=production; DEMO_ACCOUNTS=1 or 0 decides when given; otherwise only on the embedded database.
 * `reason` is what to print when they are left out (null: nothing worth saying, e.g. a build).
 */
export function demoAccountsDecision(options: {
  embedded: boolean;
  devServer: boolean;
  nodeEnv?: string;
  demoAccounts?: boolean;
}): DemoAccountsDecision {
  if (!options.devServer) return { create: false, reason: null };
  if (options.nodeEnv === 'production')
    return { create: false, reason: 'Demo accounts: not created (NODE_ENV=production).' };
  if (options.demoAccounts === false) return { create: false, reason: 'Demo accounts: not created (DEMO_ACCOUNTS=0).' };
  if (options.demoAccounts === true || options.embedded) return { create: true };
  return {
    create: false,
    reason:
      'Demo accounts: not created on DATABASE_URL (they have published passwords). Set DEMO_ACCOUNTS=1 to create them there, or use `npm run user -- create`.',
  };
}

/** Creates the demo accounts that are missing (idempotent) and returns the logins to print. */
export async function ensureDemoAccounts(db: DbClient): Promise<string[]> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo accounts are for development only.');
  for (const account of demoAccounts) {
    if (await findUserByEmail(db, account.email)) continue;
    await createUser(db, { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) }, { actorLabel: 'seed' });
  }
  return demoAccounts.map((account) => `${account.role.padEnd(6)} ${account.email} / ${DEMO_PASSWORD}`);
}
