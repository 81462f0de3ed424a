import { describe, expect, it } from 'vitest';
import { runAsViewer } from '@/lib/auth/test-viewer';
import type { Viewer } from '@/lib/auth/viewer';
import { recordPositionAction } from '@/lib/positions/actions';
import { saveSearchAction } from '@/lib/saved-searches/actions';
import { getTestDb } from '@/lib/test/db';
import { createMeasure, uniqueSlug } from '@/prisma/factories';

// PostgreSQL text cannot hold a NUL byte: a form carrying one failed its query with a 500 (issue 17). Every action
// now refuses it first, naming the field, and nothing is written.
const db = getTestDb();

async function member(): Promise<Viewer> {
  const user = await db.user.create({ data: { email: `${uniqueSlug('nul')}@example.test`, role: 'member' } });
  return { id: user.id, email: user.email, name: null, role: 'member' };
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('a NUL byte in a form', () => {
  it('is refused in a position note, with the field named, and no position is recorded', async () => {
    const viewer = await member();
    const measure = await createMeasure(db);
    const result = await runAsViewer(viewer, () =>
      recordPositionAction({}, form({ measureId: String(measure.id), stance: 'support', note: 'We back\u0000 it' })),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { note: [expect.stringMatching(/NUL character/)] },
      values: { note: 'We back it' },
    });
    expect(await db.position.count({ where: { measureId: measure.id } })).toBe(0);
  });

  it('is refused in a saved search’s name, and nothing is saved', async () => {
    const viewer = await member();
    const result = await runAsViewer(viewer, () =>
      saveSearchAction({}, form({ name: 'Hous\u0000ing', query: 'q=housing' })),
    );
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      errors: { name: [expect.stringMatching(/NUL character/)] },
    });
    expect(await db.savedSearch.count({ where: { userId: viewer.id } })).toBe(0);
  });
});
