// Every server action, as every role: generated from the files, so a new action is covered without editing this.
// Actions live in lib/**/actions.ts and are made with defineAction; each is run in a dry run (the handler never
// runs) as anonymous, member, editor and admin, and must be refused (401/403) or let through exactly as the
// permission map says.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DefinedAction } from '@/lib/actions/safe-action';
import { can, isPermission } from '@/lib/auth/permissions';
import { runAsViewer } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';
import { repoRoot } from '@/lib/db/paths';

function findActionFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : findActionFiles(path.join(dir, entry.name));
    return entry.name === 'actions.ts' ? [path.join(dir, entry.name)] : [];
  });
}

const files = findActionFiles('lib').sort();
const modules = await Promise.all(files.map(async (file) => [file, (await import(path.join(repoRoot, file))) as Record<string, unknown>] as const));

const viewers: Record<'anonymous' | Viewer['role'], Viewer | null> = {
  anonymous: null,
  member: { id: 'matrix-member', email: 'member@example.test', name: null, role: 'member' },
  editor: { id: 'matrix-editor', email: 'editor@example.test', name: null, role: 'editor' },
  admin: { id: 'matrix-admin', email: 'admin@example.test', name: null, role: 'admin' },
};

const isDefinedAction = (value: unknown): value is DefinedAction =>
  typeof value === 'function' && 'actionName' in value && 'permission' in value;

describe('authorization matrix', () => {
  it('finds the action files', () => {
    expect(files).toContain('lib/auth/actions.ts');
    expect(files).toContain('lib/users/actions.ts');
    // The member's side: follows, positions, related measures, the dashboard.
    expect(files).toEqual(expect.arrayContaining(['lib/dashboard/actions.ts', 'lib/follows/actions.ts', 'lib/positions/actions.ts', 'lib/relations/actions.ts']));
    expect(files).toContain('lib/import/actions.ts');
  });

  for (const [file, exports] of modules) {
    describe(file, () => {
      it('exports only actions made with defineAction', () => {
        for (const [name, value] of Object.entries(exports)) {
          expect(isDefinedAction(value), `${file}: export ${name} is not made with defineAction`).toBe(true);
        }
      });

      for (const [exportName, action] of Object.entries(exports).filter((entry): entry is [string, DefinedAction] => isDefinedAction(entry[1]))) {
        const { permission } = action;
        it(`${exportName} names a permission from the map (or null for public)`, () => {
          expect(permission === null || isPermission(permission)).toBe(true);
        });
        for (const [who, viewer] of Object.entries(viewers)) {
          const allowed = permission === null || can(viewer?.role, permission);
          it(`${exportName} (${permission ?? 'public'}) as ${who}: ${allowed ? 'allowed' : 'refused'}`, async () => {
            const result = await runAsViewer(viewer, () => action({}, new FormData()), { dryRun: true });
            if (allowed) {
              expect(result).toMatchObject({ ok: true, message: 'dry run: authorized' });
            } else {
              expect(result.ok).toBe(false);
              expect(result.status).toBe(viewer ? 403 : 401);
              expect(result.message).toBeTruthy();
            }
          });
        }
      }
    });
  }
});
