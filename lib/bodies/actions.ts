'use server';
// The bodies editor's server actions. defineAction checks the session, the 'body.edit' permission and the schema;
// the data function writes in one transaction; then exactly the tags of what changed are updated (the body's pages,
// its parents' and parts', and through the body tag the people pages listing it).
import { refresh, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import type { Viewer } from '@/lib/auth/viewer';
import { tagsForChange } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });

function submitted(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/** The data function's result as form state; on success the changed records' tags are updated. */
async function settle(result: write.MutationResult, formData: FormData, done: string): Promise<ActionState> {
  if (result.ok) {
    for (const tag of tagsForChange(result.changed)) updateTag(tag);
    refresh();
    return { ok: true, message: done };
  }
  const values = submitted(formData);
  if (result.current) {
    values['current.version'] = String(result.current.version);
    for (const [field, value] of Object.entries(result.current.values)) values[`current.${field}`] = value;
    if (result.current.savedBy) values['current.savedBy'] = result.current.savedBy;
    if (result.current.savedAt) values['current.savedAt'] = result.current.savedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  }
  return { ok: false, status: result.status, message: result.message, errors: result.errors, values };
}

const edit = 'body.edit' as const;

export const createBodyAction = defineAction('body.create', {
  permission: edit,
  schema: schemas.createBodySchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createBody(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    for (const tag of tagsForChange(result.changed)) updateTag(tag);
    redirect(`/admin/bodies/${result.value.id}?created=1`);
  },
});

export const updateBodyAction = defineAction('body.update', {
  permission: edit,
  schema: schemas.updateBodySchema,
  handler: async (viewer, data, formData) => settle(await write.updateBody(ctx(viewer), data), formData, 'Details saved.'),
});

export const addBodyIdentifierAction = defineAction('body.identifier.add', {
  permission: edit,
  schema: schemas.addBodyIdentifierSchema,
  handler: async (viewer, data, formData) => settle(await write.addBodyIdentifier(ctx(viewer), data), formData, 'Identifier added.'),
});

export const removeBodyIdentifierAction = defineAction('body.identifier.remove', {
  permission: edit,
  schema: schemas.removeBodyIdentifierSchema,
  handler: async (viewer, data, formData) => settle(await write.removeBodyIdentifier(ctx(viewer), data), formData, 'Identifier removed.'),
});
