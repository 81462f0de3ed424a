'use server';
// A member's webhooks, on the notifications page.
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { authEnv } from '@/lib/auth/env';
import { db } from '@/lib/db';
import { createWebhookSchema, deleteWebhookSchema } from '@/lib/notifications/schemas';
import { createWebhook, deleteWebhook } from '@/lib/webhooks/mutations';
import { webhooksAllowPrivate } from '@/lib/webhooks/url';

export const addWebhook = defineAction('webhook.create', {
  permission: 'account.manage',
  schema: createWebhookSchema,
  handler: async (viewer, { url }) => {
    const result = await createWebhook(db, viewer.id, url, {
      authSecret: authEnv().secret,
      allowPrivate: webhooksAllowPrivate(),
    });
    if (!result.ok)
      return {
        ok: false,
        status: 400,
        message: 'The webhook was not added.',
        errors: { url: [result.error] },
        values: { url },
      };
    refresh();
    // The only time the secret is shown: the page never reads it back.
    return { ok: true, message: `Webhook added. Its signing secret, shown only now: ${result.secret}` };
  },
});

export const removeWebhook = defineAction('webhook.delete', {
  permission: 'account.manage',
  schema: deleteWebhookSchema,
  handler: async (viewer, { id }) => {
    if (!(await deleteWebhook(db, viewer.id, id)))
      return { ok: false, status: 400, message: 'That webhook is not yours or was already removed.' };
    refresh();
    return { ok: true, message: 'Webhook removed.' };
  },
});
