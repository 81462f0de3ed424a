'use server';
// A member's API keys, on the account page.
import { refresh } from 'next/cache';
import { defineAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { createApiKeySchema, revokeApiKeySchema } from '@/lib/api/key-schemas';
import { createApiKey, revokeApiKey } from '@/lib/api/keys';

export const addApiKey = defineAction('apiKey.create', {
  permission: 'account.manage',
  schema: createApiKeySchema,
  handler: async (viewer, { name }) => {
    const result = await createApiKey(db, viewer.id, name);
    if ('error' in result) {
      return { ok: false, status: 400, message: 'The key was not created.', errors: { name: [result.error] } };
    }
    refresh();
    // The only time the key is shown: only its hash is kept.
    return { ok: true, message: `Key created. Copy it now, it is shown only once: ${result.key}` };
  },
});

export const removeApiKey = defineAction('apiKey.revoke', {
  permission: 'account.manage',
  schema: revokeApiKeySchema,
  handler: async (viewer, { id }) => {
    if (!(await revokeApiKey(db, viewer.id, id)))
      return { ok: false, status: 400, message: 'That key is not yours or was already revoked.' };
    refresh();
    return { ok: true, message: 'Key revoked: requests with it are refused from now on.' };
  },
});
