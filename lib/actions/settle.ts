import 'server-only';
import { refresh, updateTag } from 'next/cache';
import type { ActionState } from '@/lib/actions/safe-action';
import { tagsForChange, type ChangedRecord } from '@/lib/cache/tags';

/** The record as it is now, shown to an editor whose save was refused because someone else saved first. */
export type CurrentRecord = {
  version: number;
  values: Record<string, string>;
  savedBy: string | null;
  savedAt: Date | null;
};

/** What every editor data function returns: the changed records (for their cache tags), or a refusal with reasons. */
export type MutationResult<T = unknown> =
  | { ok: true; value: T; changed: ChangedRecord[] }
  | { ok: false; status: 400 | 409; message: string; errors?: Record<string, string[]>; current?: CurrentRecord };

function submitted(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries())
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/** Revalidates exactly the pages showing what changed (lib/cache/tags.ts). Server actions only. */
export function updateChangedTags(changed: ChangedRecord[]): void {
  for (const tag of tagsForChange(changed)) updateTag(tag);
}

/**
 * A data function's result as form state. On success the changed records' tags are updated and the page refreshed;
 * on refusal the typed values come back (so the form keeps them), with the current record after a lost race.
 */
export function settleMutation(result: MutationResult, formData: FormData, done: string): ActionState {
  if (result.ok) {
    updateChangedTags(result.changed);
    refresh();
    return { ok: true, message: done };
  }
  const values = submitted(formData);
  if (result.current) {
    values['current.version'] = String(result.current.version);
    for (const [field, value] of Object.entries(result.current.values)) values[`current.${field}`] = value;
    if (result.current.savedBy) values['current.savedBy'] = result.current.savedBy;
    if (result.current.savedAt)
      values['current.savedAt'] = result.current.savedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  }
  return { ok: false, status: result.status, message: result.message, errors: result.errors, values };
}
