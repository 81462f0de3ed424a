'use server';
// The bodies editor's server actions. defineAction checks the session, the 'body.edit' permission and the schema;
// the data function writes in one transaction; then exactly the tags of what changed are updated (the body's pages,
// its parents' and parts', and through the body tag the people pages listing it).
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { settleMutation, updateChangedTags } from '@/lib/actions/settle';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });

const settle = settleMutation;

const edit = 'body.edit' as const;

export const createBodyAction = defineAction('body.create', {
  permission: edit,
  schema: schemas.createBodySchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createBody(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    updateChangedTags(result.changed);
    redirect(`/admin/bodies/${result.value.id}?created=1`);
  },
});

export const updateBodyAction = defineAction('body.update', {
  permission: edit,
  schema: schemas.updateBodySchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateBody(ctx(viewer), data), formData, 'Details saved.'),
});

export const addBodyIdentifierAction = defineAction('body.identifier.add', {
  permission: edit,
  schema: schemas.addBodyIdentifierSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addBodyIdentifier(ctx(viewer), data), formData, 'Identifier added.'),
});

export const removeBodyIdentifierAction = defineAction('body.identifier.remove', {
  permission: edit,
  schema: schemas.removeBodyIdentifierSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeBodyIdentifier(ctx(viewer), data), formData, 'Identifier removed.'),
});
