// The one permission map: which role may do what. Roles are ordered member < editor < admin, and a permission
// names the lowest role that holds it. Every server action (lib/actions/safe-action.ts), admin page
// (lib/auth/session.ts, lib/auth/protected-pages.ts) and non-public route handler checks it. The authorization
// matrix tests pin what each role gets by hand (lib/auth/authorization-matrix.test.ts, e2e/authorization-matrix.spec.ts):
// a permission added here without a row there fails them.
import type { Role } from '@/lib/generated/prisma/enums';

export const permissions = {
  'measure.edit': 'editor',
  'person.edit': 'editor',
  'body.edit': 'editor',
  'history.read': 'editor',
  'import.run': 'editor',
  'measure.delete': 'admin',
  'audit.read': 'admin',
  'user.manage': 'admin',
  'sync.manage': 'admin',
  'account.manage': 'member',
  'dashboard.view': 'member',
  'follow.manage': 'member',
  'position.record': 'member',
  'relation.add': 'member',
  'relation.review': 'editor',
  'campaign.edit': 'editor',
  'campaign.propose': 'member',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;

export const roles = ['member', 'editor', 'admin'] as const satisfies readonly Role[];

const rank: Record<Role, number> = { member: 0, editor: 1, admin: 2 };

/** Whether `role` is at least `minimum` in member < editor < admin. */
export function atLeast(role: Role | null | undefined, minimum: Role): boolean {
  return role != null && rank[role] >= rank[minimum];
}

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return atLeast(role, permissions[permission]);
}

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(permissions, value);
}
