'use server';
// The measure editor's server actions. defineAction checks the session, the 'measure.edit' permission and the
// schema; the data function writes in one transaction; then exactly the tags of what changed are updated and the
// editor's page is refreshed.
import { refresh, updateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import { tagsForChange } from '@/lib/cache/tags';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });

function submitted(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/** The data function's result as form state; on success the changed records' tags are updated. */
function settle(result: write.MutationResult, formData: FormData, done: string): ActionState {
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

const edit = 'measure.edit' as const;

export const createMeasureAction = defineAction('measure.create', {
  permission: edit,
  schema: schemas.createMeasureSchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createMeasure(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    for (const tag of tagsForChange(result.changed)) updateTag(tag);
    redirect(`/admin/measures/${result.value.id}?created=1`);
  },
});

export const updateMeasureAction = defineAction('measure.update', {
  permission: edit,
  schema: schemas.updateMeasureSchema,
  handler: async (viewer, data, formData) => settle(await write.updateMeasure(ctx(viewer), data), formData, 'Details saved.'),
});

export const addActionAction = defineAction('measure.action.add', {
  permission: edit,
  schema: schemas.createActionSchema,
  handler: async (viewer, data, formData) => settle(await write.addAction(ctx(viewer), data), formData, 'Action added; the status was recomputed.'),
});

export const updateActionAction = defineAction('measure.action.update', {
  permission: edit,
  schema: schemas.updateActionSchema,
  handler: async (viewer, data, formData) => settle(await write.updateAction(ctx(viewer), data), formData, 'Action saved; the status was recomputed.'),
});

export const removeActionAction = defineAction('measure.action.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) => settle(await write.removeAction(ctx(viewer), data), formData, 'Action removed.'),
});

export const moveActionAction = defineAction('measure.action.move', {
  permission: edit,
  schema: schemas.moveActionSchema,
  handler: async (viewer, data, formData) => settle(await write.moveAction(ctx(viewer), data), formData, 'Action moved.'),
});

export const addSponsorshipAction = defineAction('measure.sponsorship.add', {
  permission: edit,
  schema: schemas.createSponsorshipSchema,
  handler: async (viewer, data, formData) => settle(await write.addSponsorship(ctx(viewer), data), formData, 'Sponsor added.'),
});

export const updateSponsorshipAction = defineAction('measure.sponsorship.update', {
  permission: edit,
  schema: schemas.sponsorshipSchema,
  handler: async (viewer, data, formData) => settle(await write.updateSponsorship(ctx(viewer), data), formData, 'Sponsor saved.'),
});

export const removeSponsorshipAction = defineAction('measure.sponsorship.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) => settle(await write.removeSponsorship(ctx(viewer), data), formData, 'Sponsor removed.'),
});

export const addTargetAction = defineAction('measure.target.add', {
  permission: edit,
  schema: schemas.createTargetSchema,
  handler: async (viewer, data, formData) => settle(await write.addTarget(ctx(viewer), data), formData, 'Addressee added.'),
});

export const removeTargetAction = defineAction('measure.target.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) => settle(await write.removeTarget(ctx(viewer), data), formData, 'Addressee removed.'),
});

export const addRelationAction = defineAction('measure.relation.add', {
  permission: edit,
  schema: schemas.createRelationSchema,
  handler: async (viewer, data, formData) => settle(await write.addRelation(ctx(viewer), data), formData, 'Relation added.'),
});

export const removeRelationAction = defineAction('measure.relation.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) => settle(await write.removeRelation(ctx(viewer), data), formData, 'Relation removed.'),
});

export const addCitationAction = defineAction('measure.citation.add', {
  permission: edit,
  schema: schemas.createCitationSchema,
  handler: async (viewer, data, formData) => settle(await write.addCitation(ctx(viewer), data), formData, 'Source added.'),
});

export const removeCitationAction = defineAction('measure.citation.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) => settle(await write.removeCitation(ctx(viewer), data), formData, 'Source removed.'),
});

export const setStatusOverrideAction = defineAction('measure.override.set', {
  permission: edit,
  schema: schemas.statusOverrideSchema,
  handler: async (viewer, data, formData) => settle(await write.setStatusOverride(ctx(viewer), data), formData, 'Status override saved.'),
});

export const clearStatusOverrideAction = defineAction('measure.override.clear', {
  permission: edit,
  schema: schemas.clearOverrideSchema,
  handler: async (viewer, data, formData) => settle(await write.clearStatusOverride(ctx(viewer), data), formData, 'Status override cleared; the derived status applies.'),
});
