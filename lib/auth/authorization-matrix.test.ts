// Every server action, as every role, against a table written out by hand below: the expected permission of each
// action and its outcome for anonymous, member, editor and admin are literals here, never computed with the app's
// own can() or permission map, so a wrong permission on an action (or a wrong role in the map) fails this test.
// Actions are found in the files (lib/**/actions.ts, made with defineAction) and run in a dry run (the handler never
// runs); an action or a permission that has no row in the tables below fails the test until one is written.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefinedAction } from '@/lib/actions/safe-action';
import { can, permissions, type Permission } from '@/lib/auth/permissions';
import { runAsViewer } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';
import { repoRoot } from '@/lib/db/paths';

/** Outcomes: let through, refused as signed out (401), refused as not allowed (403). */
const ok = 'allowed';
const out = 401;
const no = 403;
type Outcome = typeof ok | typeof out | typeof no;
type Row = readonly [
  permission: Permission | 'public',
  anonymous: Outcome,
  member: Outcome,
  editor: Outcome,
  admin: Outcome,
];

/** Every permission of lib/auth/permissions.ts, and which signed-in roles hold it. */
const expectedPermissions: Record<string, { member: boolean; editor: boolean; admin: boolean }> = {
  'account.manage': { member: true, editor: true, admin: true },
  'dashboard.view': { member: true, editor: true, admin: true },
  'follow.manage': { member: true, editor: true, admin: true },
  'position.record': { member: true, editor: true, admin: true },
  'relation.add': { member: true, editor: true, admin: true },
  'measure.edit': { member: false, editor: true, admin: true },
  'person.edit': { member: false, editor: true, admin: true },
  'body.edit': { member: false, editor: true, admin: true },
  'history.read': { member: false, editor: true, admin: true },
  'import.run': { member: false, editor: true, admin: true },
  'relation.review': { member: false, editor: true, admin: true },
  'campaign.edit': { member: false, editor: true, admin: true },
  'campaign.propose': { member: true, editor: true, admin: true },
  'measure.delete': { member: false, editor: false, admin: true },
  'audit.read': { member: false, editor: false, admin: true },
  'user.manage': { member: false, editor: false, admin: true },
  'sync.manage': { member: false, editor: false, admin: true },
};

/** Every server action by its defineAction name: [permission, anonymous, member, editor, admin]. */
const expectedActions: Record<string, Row> = {
  'auth.signIn': ['public', ok, ok, ok, ok],
  'auth.signUp': ['public', ok, ok, ok, ok],
  'auth.magicLink': ['public', ok, ok, ok, ok],
  'auth.signOut': ['account.manage', out, ok, ok, ok],
  'auth.changePassword': ['account.manage', out, ok, ok, ok],
  'notification.markRead': ['account.manage', out, ok, ok, ok],
  'notification.preferences': ['account.manage', out, ok, ok, ok],
  'webhook.create': ['account.manage', out, ok, ok, ok],
  'webhook.delete': ['account.manage', out, ok, ok, ok],
  'apiKey.create': ['account.manage', out, ok, ok, ok],
  'apiKey.revoke': ['account.manage', out, ok, ok, ok],
  'savedSearch.create': ['account.manage', out, ok, ok, ok],
  'savedSearch.delete': ['account.manage', out, ok, ok, ok],
  'follow.set': ['follow.manage', out, ok, ok, ok],
  'position.record': ['position.record', out, ok, ok, ok],
  'dashboard.seen': ['dashboard.view', out, ok, ok, ok],
  'dashboard.columns': ['dashboard.view', out, ok, ok, ok],
  'relation.add': ['relation.add', out, ok, ok, ok],
  'relation.confirm': ['relation.review', out, no, ok, ok],
  'relation.remove': ['relation.review', out, no, ok, ok],
  'import.files': ['import.run', out, no, ok, ok],
  'measure.create': ['measure.edit', out, no, ok, ok],
  'measure.update': ['measure.edit', out, no, ok, ok],
  'measure.action.add': ['measure.edit', out, no, ok, ok],
  'measure.action.update': ['measure.edit', out, no, ok, ok],
  'measure.action.remove': ['measure.edit', out, no, ok, ok],
  'measure.action.move': ['measure.edit', out, no, ok, ok],
  'measure.sponsorship.add': ['measure.edit', out, no, ok, ok],
  'measure.sponsorship.update': ['measure.edit', out, no, ok, ok],
  'measure.sponsorship.remove': ['measure.edit', out, no, ok, ok],
  'measure.target.add': ['measure.edit', out, no, ok, ok],
  'measure.target.update': ['measure.edit', out, no, ok, ok],
  'measure.target.remove': ['measure.edit', out, no, ok, ok],
  'measure.relation.add': ['measure.edit', out, no, ok, ok],
  'measure.relation.update': ['measure.edit', out, no, ok, ok],
  'measure.relation.remove': ['measure.edit', out, no, ok, ok],
  'measure.citation.add': ['measure.edit', out, no, ok, ok],
  'measure.citation.update': ['measure.edit', out, no, ok, ok],
  'measure.citation.remove': ['measure.edit', out, no, ok, ok],
  'measure.override.set': ['measure.edit', out, no, ok, ok],
  'measure.override.clear': ['measure.edit', out, no, ok, ok],
  'person.create': ['person.edit', out, no, ok, ok],
  'person.update': ['person.edit', out, no, ok, ok],
  'person.identifier.add': ['person.edit', out, no, ok, ok],
  'person.identifier.remove': ['person.edit', out, no, ok, ok],
  'person.membership.add': ['person.edit', out, no, ok, ok],
  'person.membership.update': ['person.edit', out, no, ok, ok],
  'person.membership.remove': ['person.edit', out, no, ok, ok],
  'body.create': ['body.edit', out, no, ok, ok],
  'body.update': ['body.edit', out, no, ok, ok],
  'body.identifier.add': ['body.edit', out, no, ok, ok],
  'body.identifier.remove': ['body.edit', out, no, ok, ok],
  'measure.delete': ['measure.delete', out, no, no, ok],
  'campaign.create': ['campaign.edit', out, no, ok, ok],
  'campaign.update': ['campaign.edit', out, no, ok, ok],
  'campaign.member.add': ['campaign.edit', out, no, ok, ok],
  'campaign.member.role': ['campaign.edit', out, no, ok, ok],
  'campaign.member.remove': ['campaign.edit', out, no, ok, ok],
  'campaign.proposal.confirm': ['campaign.edit', out, no, ok, ok],
  'campaign.district.add': ['campaign.edit', out, no, ok, ok],
  'campaign.district.remove': ['campaign.edit', out, no, ok, ok],
  'campaign.propose': ['campaign.propose', out, ok, ok, ok],
  'user.changeRole': ['user.manage', out, no, no, ok],
  'user.setActive': ['user.manage', out, no, no, ok],
  'sync.create': ['sync.manage', out, no, no, ok],
  'sync.update': ['sync.manage', out, no, no, ok],
  'sync.run': ['sync.manage', out, no, no, ok],
  'sync.pause': ['sync.manage', out, no, no, ok],
  'sync.delete': ['sync.manage', out, no, no, ok],
};

function findActionFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : findActionFiles(path.join(dir, entry.name));
    return entry.name === 'actions.ts' ? [path.join(dir, entry.name)] : [];
  });
}

const files = findActionFiles('lib').sort();
const modules = await Promise.all(
  files.map(async (file) => [file, (await import(path.join(repoRoot, file))) as Record<string, unknown>] as const),
);

const who = ['anonymous', 'member', 'editor', 'admin'] as const;
const viewers: Record<(typeof who)[number], Viewer | null> = {
  anonymous: null,
  member: { id: 'matrix-member', email: 'member@example.test', name: null, role: 'member' },
  editor: { id: 'matrix-editor', email: 'editor@example.test', name: null, role: 'editor' },
  admin: { id: 'matrix-admin', email: 'admin@example.test', name: null, role: 'admin' },
};

const isDefinedAction = (value: unknown): value is DefinedAction =>
  typeof value === 'function' && 'actionName' in value && 'permission' in value;

const actions = modules.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DefinedAction] => isDefinedAction(entry[1]))
    .map(([exportName, action]) => ({ file, exportName, action })),
);

describe('authorization matrix', () => {
  it('finds the action files', () => {
    expect(files).toContain('lib/auth/actions.ts');
    expect(files).toContain('lib/users/actions.ts');
    // The member's side: follows, positions, related measures, the dashboard.
    expect(files).toEqual(
      expect.arrayContaining([
        'lib/dashboard/actions.ts',
        'lib/follows/actions.ts',
        'lib/positions/actions.ts',
        'lib/relations/actions.ts',
      ]),
    );
    expect(files).toContain('lib/import/actions.ts');
  });

  it('has a pinned row for every permission of the map, and no row for one it lacks', () => {
    expect(Object.keys(permissions).sort()).toEqual(Object.keys(expectedPermissions).sort());
  });

  for (const [permission, holders] of Object.entries(expectedPermissions)) {
    it(`permission ${permission}: anonymous no, member ${holders.member ? 'yes' : 'no'}, editor ${holders.editor ? 'yes' : 'no'}, admin ${holders.admin ? 'yes' : 'no'}`, () => {
      const known = permission as Permission;
      expect(can(null, known)).toBe(false);
      expect({ member: can('member', known), editor: can('editor', known), admin: can('admin', known) }).toEqual(
        holders,
      );
    });
  }

  it('has a pinned row for every server action, and no row for an action that no longer exists', () => {
    const names = actions.map(({ action }) => action.actionName);
    expect(new Set(names).size, 'two actions share a name').toBe(names.length);
    expect(names.sort()).toEqual(Object.keys(expectedActions).sort());
  });

  for (const [file, exports] of modules) {
    describe(file, () => {
      it('exports only actions made with defineAction', () => {
        for (const [name, value] of Object.entries(exports)) {
          expect(isDefinedAction(value), `${file}: export ${name} is not made with defineAction`).toBe(true);
        }
      });
    });
  }

  for (const { file, exportName, action } of actions) {
    const row = expectedActions[action.actionName];
    if (!row) continue; // reported by the completeness test above
    const [permission, ...outcomes] = row;
    describe(`${file} ${exportName} (${action.actionName})`, () => {
      it(`needs ${permission}`, () => {
        expect(action.permission ?? 'public').toBe(permission);
      });
      who.forEach((role, index) => {
        const expected = outcomes[index];
        it(`as ${role}: ${expected}`, async () => {
          const result = await runAsViewer(viewers[role], () => action({}, new FormData()), { dryRun: true });
          if (expected === ok) expect(result).toMatchObject({ ok: true, message: 'dry run: authorized' });
          else {
            expect(result.ok).toBe(false);
            expect(result.status).toBe(expected);
            expect(result.message).toBeTruthy();
          }
        });
      });
    });
  }
});
