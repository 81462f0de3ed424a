import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/safe-action';
import { runAsViewer } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';

const viewer = (role: Viewer['role']): Viewer => ({
  id: `id-${role}`,
  email: `${role}@example.test`,
  name: null,
  role,
});

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('defineAction', () => {
  const handler = vi.fn(async () => ({ ok: true, message: 'saved' }));
  const action = defineAction('test.save', {
    permission: 'measure.edit',
    schema: z.object({ title: z.string().min(3, 'Too short.') }),
    handler,
  });

  it('carries its name and permission for the authorization matrix', () => {
    expect(action.actionName).toBe('test.save');
    expect(action.permission).toBe('measure.edit');
  });

  it('answers 401 to the signed-out and 403 to a role below the permission, without running the handler', async () => {
    handler.mockClear();
    expect(await runAsViewer(null, () => action({}, form({ title: 'Fine' })))).toMatchObject({
      ok: false,
      status: 401,
    });
    const refused = await runAsViewer(viewer('member'), () => action({}, form({ title: 'Fine' })));
    expect(refused).toMatchObject({ ok: false, status: 403 });
    expect(refused.message).toMatch(/editor/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers 400 with field errors and the values typed (never a password)', async () => {
    handler.mockClear();
    const result = await runAsViewer(viewer('editor'), () => action({}, form({ title: 'x', password: 'secret' })));
    expect(result).toMatchObject({ ok: false, status: 400, errors: { title: ['Too short.'] }, values: { title: 'x' } });
    expect(result.values).not.toHaveProperty('password');
    expect(handler).not.toHaveBeenCalled();
  });

  it('runs the handler with the viewer, the parsed data and the form', async () => {
    handler.mockClear();
    const editor = viewer('editor');
    const data = form({ title: 'A title' });
    expect(await runAsViewer(editor, () => action({}, data))).toEqual({ ok: true, message: 'saved' });
    expect(handler).toHaveBeenCalledWith(editor, { title: 'A title' }, data);
  });

  it('stops after the permission check in a dry run', async () => {
    handler.mockClear();
    expect(await runAsViewer(viewer('admin'), () => action({}, form({})), { dryRun: true })).toMatchObject({
      ok: true,
    });
    expect(handler).not.toHaveBeenCalled();
  });
});
