// The proxy's decision for every listed page as every kind of visitor: the status codes the authorization matrix
// (e2e/authorization-matrix.spec.ts) then checks against the running server.
import { describe, expect, it } from 'vitest';
import { can } from '@/lib/auth/permissions';
import { protectedPages } from '@/lib/auth/protected-pages';
import { guardDecision } from '@/lib/auth/proxy-guard';

const who = ['anonymous', 'member', 'editor', 'admin'] as const;

describe('guardDecision', () => {
  for (const [path, permission] of Object.entries(protectedPages)) {
    for (const role of who) {
      it(`${path} (${permission}) as ${role}`, () => {
        const viewer = role === 'anonymous' ? null : { role };
        const decision = guardDecision(path, '', viewer);
        if (!viewer)
          expect(decision).toEqual({ kind: 'sign-in', location: `/sign-in?callbackUrl=${encodeURIComponent(path)}` });
        else expect(decision).toEqual({ kind: can(viewer.role, permission) ? 'allow' : 'forbidden' });
      });
    }
  }

  it('sends the signed-out back to the path and query they asked for', () => {
    expect(guardDecision('/admin/measures/12', '?tab=history', null)).toEqual({
      kind: 'sign-in',
      location: '/sign-in?callbackUrl=%2Fadmin%2Fmeasures%2F12%3Ftab%3Dhistory',
    });
  });

  it('matches a dynamic segment by the sample value, a literal segment before it, and unlisted paths by their parent', () => {
    expect(guardDecision('/admin/measures/123', '', { role: 'member' })).toEqual({ kind: 'forbidden' });
    expect(guardDecision('/admin/measures/123', '', { role: 'editor' })).toEqual({ kind: 'allow' });
    expect(guardDecision('/admin/users/abc', '', { role: 'editor' })).toEqual({ kind: 'forbidden' });
    expect(guardDecision('/admin/users', '', { role: 'admin' })).toEqual({ kind: 'allow' });
    expect(guardDecision('/account/anything', '', null).kind).toBe('sign-in');
  });

  it('leaves paths outside the list alone', () => {
    expect(guardDecision('/measures', '', null)).toEqual({ kind: 'allow' });
    expect(guardDecision('/administer', '', null)).toEqual({ kind: 'allow' });
    expect(guardDecision('/accounts', '', null)).toEqual({ kind: 'allow' });
  });
});
