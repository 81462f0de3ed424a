// Writes to users: each in a transaction with its change event. The last active admin can be neither demoted nor
// deactivated, so the site always has someone who can manage users.
import type { Actor, DbTx } from '@/lib/changes/record-change';
import { recordChange } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import type { Role } from '@/lib/generated/prisma/enums';

export class UserChangeRefused extends Error {}

const publicFields = { id: true, email: true, name: true, role: true, deactivatedAt: true } as const;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function findUserByEmail(db: DbTx, email: string) {
  return db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { ...publicFields, passwordHash: true },
  });
}

export async function createUser(
  db: DbClient,
  input: {
    email: string;
    name?: string | null;
    role?: Role;
    passwordHash?: string | null;
    emailVerified?: Date | null;
  },
  actor: Actor | ((id: string) => Actor),
) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: normalizeEmail(input.email),
        name: input.name || null,
        role: input.role ?? 'member',
        passwordHash: input.passwordHash ?? null,
        emailVerified: input.emailVerified ?? null,
      },
      select: publicFields,
    });
    const by = typeof actor === 'function' ? actor(user.id) : actor;
    await recordChange(tx, { ...by, entityType: 'user', entityId: user.id, operation: 'create', after: user });
    return user;
  });
}

/** Locks the active admins' rows so two concurrent demotions cannot both see "another admin is left". */
async function activeAdminIds(tx: DbTx): Promise<string[]> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "User" WHERE role = 'admin' AND "deactivatedAt" IS NULL FOR UPDATE`;
  return rows.map((row) => row.id);
}

export type UserUpdate = { role?: Role; active?: boolean; passwordHash?: string };

export async function updateUser(db: DbClient, userId: string, update: UserUpdate, actor: Actor) {
  return db.$transaction(async (tx) => {
    const admins = await activeAdminIds(tx);
    const before = await tx.user.findUnique({ where: { id: userId }, select: publicFields });
    if (!before) throw new UserChangeRefused('There is no such user.');
    const losesAdmin =
      before.role === 'admin' &&
      !before.deactivatedAt &&
      ((update.role && update.role !== 'admin') || update.active === false);
    if (losesAdmin && admins.length <= 1) {
      throw new UserChangeRefused(
        `${before.email} is the last admin: make another user admin before demoting or deactivating this one.`,
      );
    }
    const deactivatedAt =
      update.active === undefined ? undefined : update.active ? null : (before.deactivatedAt ?? new Date());
    const after = await tx.user.update({
      where: { id: userId },
      data: { role: update.role, deactivatedAt, passwordHash: update.passwordHash },
      select: publicFields,
    });
    // A deactivated user's sessions end now (auth also refuses them on every request).
    if (update.active === false) await tx.session.deleteMany({ where: { userId } });
    await recordChange(tx, {
      ...actor,
      entityType: 'user',
      entityId: userId,
      operation: 'update',
      before,
      after: update.passwordHash ? { ...after, passwordChanged: true } : after,
    });
    return after;
  });
}
