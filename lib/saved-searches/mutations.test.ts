import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/viewer';
import { getTestDb } from '@/lib/test/db';
import { uniqueSlug } from '@/prisma/factories';
import { canonicalSearchQuery, deleteSavedSearch, saveSearch } from './mutations';
import { listSavedSearches } from './queries';
import { saveSearchSchema } from './schemas';

const db = getTestDb();

async function member(): Promise<Viewer> {
  const user = await db.user.create({ data: { email: `${uniqueSlug('member')}@example.test`, role: 'member' } });
  return { id: user.id, email: user.email, name: null, role: 'member' };
}

describe('saved searches', () => {
  it('saves the search as /search reads it, with a change event, and lists it for its owner only', async () => {
    const [alice, bob] = [await member(), await member()];
    const result = await saveSearch(db, alice, {
      name: 'Armenia resolutions',
      query: '?q=armenia&type=resolution&stage=bogus&page=4',
    });
    expect(result.ok).toBe(true);
    const list = await listSavedSearches(alice, { db });
    expect(list).toEqual([
      expect.objectContaining({
        name: 'Armenia resolutions',
        query: 'q=armenia&type=resolution',
        href: '/search?q=armenia&type=resolution',
      }),
    ]);
    expect(await listSavedSearches(bob, { db })).toEqual([]);
    const event = await db.changeEvent.findFirst({
      where: { entityType: 'savedSearch', entityId: String(list[0]!.id) },
    });
    expect(event).toMatchObject({ operation: 'create', actorId: alice.id });
  });

  it('refuses an empty search, and a name that is blank or too long', async () => {
    const alice = await member();
    expect(await saveSearch(db, alice, { name: 'Nothing', query: 'stage=bogus' })).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringMatching(/nothing to save/),
    });
    expect(saveSearchSchema.safeParse({ name: '  ', query: 'q=a' }).error?.issues[0]?.message).toBe(
      'Give the search a name.',
    );
    expect(saveSearchSchema.safeParse({ name: 'x'.repeat(81), query: 'q=a' }).success).toBe(false);
  });

  it("deletes only the owner's own", async () => {
    const [alice, bob] = [await member(), await member()];
    const saved = await saveSearch(db, alice, { name: 'Mine', query: 'q=war' });
    if (!saved.ok) throw new Error(saved.message);
    expect(await deleteSavedSearch(db, bob, saved.id)).toMatchObject({ ok: false, status: 404 });
    expect(await listSavedSearches(alice, { db })).toHaveLength(1);
    expect(await deleteSavedSearch(db, alice, saved.id)).toEqual({ ok: true, id: saved.id });
    expect(await listSavedSearches(alice, { db })).toEqual([]);
  });

  it('canonicalises the query string', () => {
    expect(canonicalSearchQuery('q=  H.Res.  240 &sort=newest&sponsor=NOT A SLUG')).toEqual({
      query: 'q=H.Res.+240&sort=newest',
      empty: false,
    });
  });
});
