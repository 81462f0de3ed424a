'use server';
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { recordPosition } from './mutations';
import { positionSchema, stanceLabels } from './schemas';

export const recordPositionAction = defineAction('position.record', {
  permission: 'position.record',
  schema: positionSchema,
  handler: async (viewer, data) => {
    const result = await recordPosition(db, viewer.id, data);
    if (!result.ok) return { ok: false, status: 400, message: result.message };
    refresh();
    return { ok: true, message: `Position recorded: ${stanceLabels[data.stance]}.` };
  },
});
