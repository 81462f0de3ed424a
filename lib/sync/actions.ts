'use server';
// The admin page's sync actions (admins: sync.manage). Runs are queued on the job queue and run by the worker;
// the page lists them as they go.
import { refresh } from 'next/cache';
import { z } from 'zod';
import { defineAction, type ActionState } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { createSource, deleteSource, setPaused, updateSource } from './mutations';
import { enqueueRunNow } from './schedule';

const idSchema = z.object({ id: z.coerce.number().int().positive('Which source?') });
const gone: ActionState = { ok: false, status: 400, message: 'This source no longer exists.' };

export const createSyncSource = defineAction('sync.create', {
  permission: 'sync.manage',
  schema: z.object({
    kind: z.string().default(''),
    name: z.string().default(''),
    jurisdiction: z.string().default(''),
    settings: z.string().default(''),
    schedule: z.string().default(''),
  }),
  handler: async (_viewer, input): Promise<ActionState> => {
    const result = await createSource(db, input);
    if (!result.ok) return { ok: false, status: 400, message: 'Some fields need attention.', errors: result.errors };
    refresh();
    return {
      ok: true,
      message: `Source "${input.name.trim()}" added; its first run is on its schedule, or run it now.`,
    };
  },
});

export const updateSyncSource = defineAction('sync.update', {
  permission: 'sync.manage',
  schema: idSchema.extend({ settings: z.string().default(''), schedule: z.string().default('') }),
  handler: async (_viewer, { id, ...input }): Promise<ActionState> => {
    const result = await updateSource(db, id, input);
    if (!result.ok) return { ok: false, status: 400, message: 'Some fields need attention.', errors: result.errors };
    refresh();
    return { ok: true, message: 'Settings and schedule saved; the next run uses them.' };
  },
});

export const runSyncSourceNow = defineAction('sync.run', {
  permission: 'sync.manage',
  schema: idSchema,
  handler: async (_viewer, { id }): Promise<ActionState> => {
    if (!(await db.syncSource.findUnique({ where: { id }, select: { id: true } }))) return gone;
    await enqueueRunNow(db, id);
    refresh();
    return { ok: true, message: 'Run queued: it starts within seconds; reload to follow it.' };
  },
});

export const pauseSyncSource = defineAction('sync.pause', {
  permission: 'sync.manage',
  schema: idSchema.extend({ paused: z.enum(['true', 'false']) }),
  handler: async (_viewer, { id, paused }): Promise<ActionState> => {
    if (!(await setPaused(db, id, paused === 'true'))) return gone;
    refresh();
    return { ok: true, message: paused === 'true' ? 'Paused: no scheduled runs until resumed.' : 'Resumed.' };
  },
});

export const deleteSyncSource = defineAction('sync.delete', {
  permission: 'sync.manage',
  schema: idSchema,
  handler: async (_viewer, { id }): Promise<ActionState> => {
    if (!(await deleteSource(db, id))) return gone;
    refresh();
    return { ok: true, message: 'Source removed (what it imported stays).' };
  },
});
