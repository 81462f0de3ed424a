'use server';
// Members add related measures; editors confirm or remove them. Through defineAction: session, permission, schema.
import { defineAction } from '@/lib/actions/safe-action';
import { settleMutation } from '@/lib/actions/settle';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import { addRelatedMeasure, confirmRelation, removeRelatedMeasure, type RelationContext } from './mutations';
import { addRelatedMeasureSchema, reviewRelationSchema } from './schemas';

const ctx = (viewer: Viewer): RelationContext => ({ db, actor: { actorId: viewer.id } });

export const addRelatedMeasureAction = defineAction('relation.add', {
  permission: 'relation.add',
  schema: addRelatedMeasureSchema,
  handler: async (viewer, data, formData) => {
    const result = await addRelatedMeasure(ctx(viewer), data);
    const done =
      result.ok && result.value.toMeasureId == null
        ? 'Relation added. That measure is not in the tracker yet: the link completes itself when it is entered.'
        : 'Relation added; both measures show it.';
    return settleMutation(result, formData, done);
  },
});

export const confirmRelationAction = defineAction('relation.confirm', {
  permission: 'relation.review',
  schema: reviewRelationSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await confirmRelation(ctx(viewer), data), formData, 'Relation confirmed.'),
});

export const removeRelatedMeasureAction = defineAction('relation.remove', {
  permission: 'relation.review',
  schema: reviewRelationSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await removeRelatedMeasure(ctx(viewer), data), formData, 'Relation removed.'),
});
