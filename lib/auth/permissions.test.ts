import { describe, expect, it } from 'vitest';
import { can, permissions, roles, type Permission } from '@/lib/auth/permissions';

describe('can', () => {
  it('orders roles member < editor < admin', () => {
    expect(can('member', 'account.manage')).toBe(true);
    expect(can('member', 'measure.edit')).toBe(false);
    expect(can('editor', 'measure.edit')).toBe(true);
    expect(can('editor', 'user.manage')).toBe(false);
    expect(can('admin', 'user.manage')).toBe(true);
  });

  it('refuses everything to the signed-out', () => {
    for (const permission of Object.keys(permissions) as Permission[]) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it('gives admins every permission', () => {
    for (const permission of Object.keys(permissions) as Permission[]) expect(can('admin', permission)).toBe(true);
    expect(roles).toEqual(['member', 'editor', 'admin']);
  });
});
