'use server';
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { columnsSchema, markSeenSchema } from './schemas';

export const markChangesSeenAction = defineAction('dashboard.seen', {
  permission: 'dashboard.view',
  schema: markSeenSchema,
  handler: async (viewer, data) => {
    const seenAt = new Date(Math.min(Date.parse(data.seenAt), Date.now()));
    await db.user.update({ where: { id: viewer.id }, data: { dashboardSeenAt: seenAt } });
    refresh();
    return { ok: true, message: 'Marked as seen.' };
  },
});

export const saveDashboardColumnsAction = defineAction('dashboard.columns', {
  permission: 'dashboard.view',
  schema: columnsSchema,
  handler: async (viewer, columns) => {
    await db.user.update({ where: { id: viewer.id }, data: { dashboardColumns: columns } });
    refresh();
    return { ok: true, message: 'Columns saved.' };
  },
});
