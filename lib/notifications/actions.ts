'use server';
// A member's notifications page: mark as read, choose how email comes.
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { markNotificationsRead, setEmailFrequency } from '@/lib/notifications/mutations';
import { markReadSchema, preferencesSchema } from '@/lib/notifications/schemas';

export const markNotificationRead = defineAction('notification.markRead', {
  permission: 'account.manage',
  schema: markReadSchema,
  handler: async (viewer, { id }) => {
    const count = await markNotificationsRead(db, viewer.id, id === 'all' ? 'all' : [BigInt(id)]);
    refresh();
    return { ok: true, message: id === 'all' ? `${count} marked as read.` : 'Marked as read.' };
  },
});

const SAVED = {
  immediate: 'Saved: you get an email for each change.',
  daily: 'Saved: you get one email a day with the day’s changes.',
  weekly: 'Saved: you get one email a week with the week’s changes.',
  off: 'Saved: no email; notifications stay here.',
} as const;

export const updateNotificationPreferences = defineAction('notification.preferences', {
  permission: 'account.manage',
  schema: preferencesSchema,
  handler: async (viewer, { email }) => {
    await setEmailFrequency(db, viewer.id, email);
    refresh();
    return { ok: true, message: SAVED[email] };
  },
});
