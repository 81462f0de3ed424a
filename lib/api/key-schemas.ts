import { z } from 'zod';

export const createApiKeySchema = z.object({
  name: z
    .string({ error: 'Name the key (what will use it).' })
    .trim()
    .min(1, 'Name the key (what will use it).')
    .max(100, 'At most 100 characters.')
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'No control characters.'),
});

export const revokeApiKeySchema = z.object({
  id: z.coerce.number({ error: 'Say which key to revoke.' }).int().positive('Say which key to revoke.'),
});
