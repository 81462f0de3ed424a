'use server';
// Follow and unfollow measures, people and bodies: a form posting to this action works without JavaScript.
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { setFollow } from './mutations';
import { followSchema } from './schemas';

export const followAction = defineAction('follow.set', {
  permission: 'follow.manage',
  schema: followSchema,
  handler: async (viewer, data) => {
    const result = await setFollow(db, viewer.id, data);
    if (!result.ok) return { ok: false, status: 400, message: result.message };
    // The dashboard lists what is followed; public pages do not show follows, so no cache tag changes.
    refresh();
    return {
      ok: true,
      message: result.following ? 'Following' : 'Not following',
      values: { following: String(result.following) },
    };
  },
});
