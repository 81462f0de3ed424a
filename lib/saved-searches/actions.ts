'use server';
// Members save the search they are looking at and delete saved ones (lib/saved-searches/mutations.ts).
import { refresh, revalidatePath } from 'next/cache';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { deleteSavedSearch, saveSearch, type SavedSearchResult } from '@/lib/saved-searches/mutations';
import { deleteSavedSearchSchema, saveSearchSchema } from '@/lib/saved-searches/schemas';

function settle(result: SavedSearchResult, formData: FormData, done: string): ActionState {
  if (!result.ok) {
    const values = Object.fromEntries(
      [...formData.entries()].filter(([key, value]) => typeof value === 'string' && !key.startsWith('$ACTION')),
    ) as Record<string, string>;
    return {
      ok: false,
      status: result.status === 404 ? 400 : result.status,
      message: result.message,
      errors: result.errors,
      values,
    };
  }
  revalidatePath('/account/searches');
  refresh();
  return { ok: true, message: done };
}

export const saveSearchAction = defineAction('savedSearch.create', {
  permission: 'account.manage',
  schema: saveSearchSchema,
  handler: async (viewer, input, formData) =>
    settle(await saveSearch(db, viewer, input), formData, `Saved as “${input.name}”.`),
});

export const deleteSavedSearchAction = defineAction('savedSearch.delete', {
  permission: 'account.manage',
  schema: deleteSavedSearchSchema,
  handler: async (viewer, { id }, formData) => settle(await deleteSavedSearch(db, viewer, id), formData, 'Deleted.'),
});
