'use server';
// The people editor's server actions. defineAction checks the session, the 'person.edit' permission and the schema;
// the data function writes in one transaction; then exactly the tags of what changed are updated (the person's
// pages, and the bodies whose member lists a membership change touches).
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { settleMutation, updateChangedTags } from '@/lib/actions/settle';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });

const settle = settleMutation;

const edit = 'person.edit' as const;

export const createPersonAction = defineAction('person.create', {
  permission: edit,
  schema: schemas.createPersonSchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createPerson(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    updateChangedTags(result.changed);
    redirect(`/admin/people/${result.value.id}?created=1`);
  },
});

export const updatePersonAction = defineAction('person.update', {
  permission: edit,
  schema: schemas.updatePersonSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updatePerson(ctx(viewer), data), formData, 'Details saved.'),
});

export const addPersonIdentifierAction = defineAction('person.identifier.add', {
  permission: edit,
  schema: schemas.addPersonIdentifierSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addPersonIdentifier(ctx(viewer), data), formData, 'Identifier added.'),
});

export const removePersonIdentifierAction = defineAction('person.identifier.remove', {
  permission: edit,
  schema: schemas.removePersonChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removePersonIdentifier(ctx(viewer), data), formData, 'Identifier removed.'),
});

export const addMembershipAction = defineAction('person.membership.add', {
  permission: edit,
  schema: schemas.createMembershipSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addMembership(ctx(viewer), data), formData, 'Membership added.'),
});

export const updateMembershipAction = defineAction('person.membership.update', {
  permission: edit,
  schema: schemas.membershipSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateMembership(ctx(viewer), data), formData, 'Membership saved.'),
});

export const removeMembershipAction = defineAction('person.membership.remove', {
  permission: edit,
  schema: schemas.removePersonChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeMembership(ctx(viewer), data), formData, 'Membership removed.'),
});
