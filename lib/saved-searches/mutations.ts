// Saving and deleting a member's searches; each write records a change event in the same transaction.
import type { DbClient } from '@/lib/db/client';
import { recordChange } from '@/lib/changes/record-change';
import type { Viewer } from '@/lib/auth/viewer';
import { MAX_SAVED_SEARCHES, type SaveSearchInput } from '@/lib/saved-searches/schemas';
import { hasFilters, parseSearchParams, searchQueryString } from '@/lib/search/params';

export type SavedSearchResult =
  { ok: true; id: number } | { ok: false; status: 400 | 404; message: string; errors?: Record<string, string[]> };

/** The query string as /search would read it: what is ignored there is not saved either. */
export function canonicalSearchQuery(query: string): { query: string; empty: boolean } {
  const { params } = parseSearchParams(Object.fromEntries(new URLSearchParams(query.replace(/^\?/, ''))));
  return { query: searchQueryString(params), empty: !params.q && !hasFilters(params) };
}

export async function saveSearch(db: DbClient, viewer: Viewer, input: SaveSearchInput): Promise<SavedSearchResult> {
  const { query, empty } = canonicalSearchQuery(input.query);
  if (empty)
    return { ok: false, status: 400, message: 'There is nothing to save: search for words or choose a filter first.' };
  return db.$transaction(async (tx) => {
    const count = await tx.savedSearch.count({ where: { userId: viewer.id } });
    if (count >= MAX_SAVED_SEARCHES) {
      return {
        ok: false as const,
        status: 400 as const,
        message: `You have ${MAX_SAVED_SEARCHES} saved searches, the most there can be: delete one first.`,
      };
    }
    const saved = await tx.savedSearch.create({ data: { userId: viewer.id, name: input.name, query } });
    await recordChange(tx, {
      actorId: viewer.id,
      entityType: 'savedSearch',
      entityId: saved.id,
      operation: 'create',
      after: saved,
    });
    return { ok: true as const, id: saved.id };
  });
}

/** Deletes one of the viewer's own saved searches; someone else's is "not found", as if it did not exist. */
export async function deleteSavedSearch(db: DbClient, viewer: Viewer, id: number): Promise<SavedSearchResult> {
  return db.$transaction(async (tx) => {
    const saved = await tx.savedSearch.findFirst({ where: { id, userId: viewer.id } });
    if (!saved)
      return {
        ok: false as const,
        status: 404 as const,
        message: 'That saved search was not found: it may have been deleted already.',
      };
    await tx.savedSearch.delete({ where: { id: saved.id } });
    await recordChange(tx, {
      actorId: viewer.id,
      entityType: 'savedSearch',
      entityId: saved.id,
      operation: 'delete',
      before: saved,
    });
    return { ok: true as const, id: saved.id };
  });
}
