// The Prisma adapter for Auth.js with two changes: a deactivated user's sessions are deleted and never returned, and
// an account the adapter creates (the first magic-link sign-in of a new address) goes through createUser, so it is a
// member with a change event like every other account.
import { PrismaAdapter } from '@auth/prisma-adapter';
import type { Adapter, AdapterUser } from 'next-auth/adapters';
import type { DbClient } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { createUser } from '@/lib/users/mutations';

export type StoredUser = { id: string; email: string; name: string | null; role: Role; deactivatedAt: Date | null };

export function trackerAdapter(db: DbClient): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async createUser(user) {
      const created = await createUser(
        db,
        { email: user.email, name: user.name, role: 'member', emailVerified: user.emailVerified },
        (id) => ({ actorId: id }),
      );
      return { ...created, emailVerified: user.emailVerified ?? null } as AdapterUser;
    },
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (found && (found.user as unknown as StoredUser).deactivatedAt) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      return found;
    },
  };
}
