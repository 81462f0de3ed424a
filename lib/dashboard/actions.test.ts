import { describe, expect, it } from 'vitest';
import { runAsViewer } from '@/lib/auth/test-viewer';
import { markChangesSeenAction, saveDashboardColumnsAction } from './actions';
import { columnsSchema } from './schemas';

const viewer = { id: 'dashboard-actions-member', email: 'member@example.test', name: null, role: 'member' as const };

describe('dashboard actions', () => {
  it('refuse hiding every column, with a message for the form', async () => {
    const result = await runAsViewer(viewer, () => saveDashboardColumnsAction({}, new FormData()));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { _form: ['Choose at least one column to show.'] },
    });
  });

  it('read the checked columns', () => {
    expect(columnsSchema.parse({ 'col.position': 'on', 'col.title': 'on', 'col.body': '' })).toEqual([
      'title',
      'position',
    ]);
  });

  it('refuse a "seen" moment that is not a time', async () => {
    const form = new FormData();
    form.set('seenAt', 'yesterday');
    const result = await runAsViewer(viewer, () => markChangesSeenAction({}, form));
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { seenAt: ['The page is out of date; reload it and try again.'] },
    });
  });
});
