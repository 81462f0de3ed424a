'use server';
// Admins manage users: change a role, deactivate or reactivate. Each write records a change event.
import { revalidatePath } from 'next/cache';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { UserChangeRefused, updateUser, type UserUpdate } from '@/lib/users/mutations';
import { changeRoleSchema, setActiveSchema } from '@/lib/users/schemas';

async function apply(actorId: string, userId: string, update: UserUpdate, done: string): Promise<ActionState> {
  try {
    const user = await updateUser(db, userId, update, { actorId });
    revalidatePath('/admin/users');
    return { ok: true, message: `${user.email}: ${done}.` };
  } catch (error) {
    if (error instanceof UserChangeRefused) return { ok: false, status: 409, message: error.message };
    throw error;
  }
}

export const changeUserRole = defineAction('user.changeRole', {
  permission: 'user.manage',
  schema: changeRoleSchema,
  handler: (viewer, { userId, role }) => apply(viewer.id, userId, { role }, `role is now ${role}`),
});

export const setUserActive = defineAction('user.setActive', {
  permission: 'user.manage',
  schema: setActiveSchema,
  handler: (viewer, { userId, active }) =>
    apply(viewer.id, userId, { active }, active ? 'reactivated' : 'deactivated, and signed out everywhere'),
});
