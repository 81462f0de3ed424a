'use server';
import { refresh, updateTag } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { tags } from '@/lib/cache/tags';
import { recordChange } from '@/lib/changes/record-change';
import { db } from '@/lib/db';
import { columnsSchema, markSeenSchema } from './schemas';

// Both answer with the dashboard view the member is on (proxy.ts keeps its segment), read again: updateTag expires
// the member's cached views before refresh() renders it.

// The seen marker is a read receipt, not an edit of anything: it records no change event (one per visit would
// bury the audit log).
export const markChangesSeenAction = defineAction('dashboard.seen', {
  permission: 'dashboard.view',
  schema: markSeenSchema,
  handler: async (viewer, data) => {
    const seenAt = new Date(Math.min(Date.parse(data.seenAt), Date.now()));
    await db.user.update({ where: { id: viewer.id }, data: { dashboardSeenAt: seenAt } });
    updateTag(tags.dashboard(viewer.id));
    refresh();
    return { ok: true, message: 'Marked as seen.' };
  },
});

export const saveDashboardColumnsAction = defineAction('dashboard.columns', {
  permission: 'dashboard.view',
  schema: columnsSchema,
  handler: async (viewer, columns) => {
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { dashboardColumns: true } });
      await tx.user.update({ where: { id: viewer.id }, data: { dashboardColumns: columns } });
      await recordChange(tx, {
        actorId: viewer.id,
        entityType: 'user',
        entityId: viewer.id,
        operation: 'update',
        before,
        after: { dashboardColumns: columns },
      });
    });
    updateTag(tags.dashboard(viewer.id));
    refresh();
    return { ok: true, message: 'Columns saved.' };
  },
});
