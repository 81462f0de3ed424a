'use server';
// The measure editor's server actions. defineAction checks the session, the 'measure.edit' permission and the
// schema; the data function writes in one transaction; then exactly the tags of what changed are updated and the
// editor's page is refreshed.
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { settleMutation, updateChangedTags } from '@/lib/actions/settle';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/auth/viewer';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });

const settle = settleMutation;

const edit = 'measure.edit' as const;

export const createMeasureAction = defineAction('measure.create', {
  permission: edit,
  schema: schemas.createMeasureSchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createMeasure(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    updateChangedTags(result.changed);
    redirect(`/admin/measures/${result.value.id}?created=1`);
  },
});

export const updateMeasureAction = defineAction('measure.update', {
  permission: edit,
  schema: schemas.updateMeasureSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateMeasure(ctx(viewer), data), formData, 'Details saved.'),
});

export const addActionAction = defineAction('measure.action.add', {
  permission: edit,
  schema: schemas.createActionSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addAction(ctx(viewer), data), formData, 'Action added; the status was recomputed.'),
});

export const updateActionAction = defineAction('measure.action.update', {
  permission: edit,
  schema: schemas.updateActionSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateAction(ctx(viewer), data), formData, 'Action saved; the status was recomputed.'),
});

export const removeActionAction = defineAction('measure.action.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeAction(ctx(viewer), data), formData, 'Action removed.'),
});

export const moveActionAction = defineAction('measure.action.move', {
  permission: edit,
  schema: schemas.moveActionSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.moveAction(ctx(viewer), data), formData, 'Action moved.'),
});

export const addSponsorshipAction = defineAction('measure.sponsorship.add', {
  permission: edit,
  schema: schemas.createSponsorshipSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addSponsorship(ctx(viewer), data), formData, 'Sponsor added.'),
});

export const updateSponsorshipAction = defineAction('measure.sponsorship.update', {
  permission: edit,
  schema: schemas.sponsorshipSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateSponsorship(ctx(viewer), data), formData, 'Sponsor saved.'),
});

export const removeSponsorshipAction = defineAction('measure.sponsorship.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeSponsorship(ctx(viewer), data), formData, 'Sponsor removed.'),
});

export const addTargetAction = defineAction('measure.target.add', {
  permission: edit,
  schema: schemas.createTargetSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addTarget(ctx(viewer), data), formData, 'Addressee added.'),
});

export const updateTargetAction = defineAction('measure.target.update', {
  permission: edit,
  schema: schemas.targetSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateTarget(ctx(viewer), data), formData, 'Addressee saved.'),
});

export const removeTargetAction = defineAction('measure.target.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeTarget(ctx(viewer), data), formData, 'Addressee removed.'),
});

export const addRelationAction = defineAction('measure.relation.add', {
  permission: edit,
  schema: schemas.createRelationSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addRelation(ctx(viewer), data), formData, 'Relation added.'),
});

export const updateRelationAction = defineAction('measure.relation.update', {
  permission: edit,
  schema: schemas.updateRelationSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateRelation(ctx(viewer), data), formData, 'Relation saved.'),
});

export const removeRelationAction = defineAction('measure.relation.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeRelation(ctx(viewer), data), formData, 'Relation removed.'),
});

export const addCitationAction = defineAction('measure.citation.add', {
  permission: edit,
  schema: schemas.createCitationSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.addCitation(ctx(viewer), data), formData, 'Source added.'),
});

export const updateCitationAction = defineAction('measure.citation.update', {
  permission: edit,
  schema: schemas.updateCitationSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.updateCitation(ctx(viewer), data), formData, 'Source saved.'),
});

export const removeCitationAction = defineAction('measure.citation.remove', {
  permission: edit,
  schema: schemas.removeChildSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.removeCitation(ctx(viewer), data), formData, 'Source removed.'),
});

export const setStatusOverrideAction = defineAction('measure.override.set', {
  permission: edit,
  schema: schemas.statusOverrideSchema,
  handler: async (viewer, data, formData) =>
    settle(await write.setStatusOverride(ctx(viewer), data), formData, 'Status override saved.'),
});

export const clearStatusOverrideAction = defineAction('measure.override.clear', {
  permission: edit,
  schema: schemas.clearOverrideSchema,
  handler: async (viewer, data, formData) =>
    settle(
      await write.clearStatusOverride(ctx(viewer), data),
      formData,
      'Status override cleared; the derived status applies.',
    ),
});

export const deleteMeasureAction = defineAction('measure.delete', {
  permission: 'measure.delete',
  schema: schemas.deleteMeasureSchema,
  handler: async (viewer, data, formData) => {
    const result = await write.deleteMeasure(ctx(viewer), data);
    if (!result.ok) return settle(result, formData, '');
    updateChangedTags(result.changed);
    redirect('/admin/measures?deleted=1');
  },
});
