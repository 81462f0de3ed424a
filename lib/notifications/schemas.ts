import { z } from 'zod';

export const emailFrequencies = ['immediate', 'daily', 'weekly', 'off'] as const;

export const preferencesSchema = z.object({
  email: z.enum(emailFrequencies, { error: 'Choose how you want email: at once, daily, weekly, or not at all.' }),
});

export const markReadSchema = z.object({
  id: z.union([z.literal('all'), z.string().regex(/^\d+$/, 'Not a notification number.')], {
    error: 'Say which notification to mark as read.',
  }),
});

export const createWebhookSchema = z.object({
  url: z
    .string({ error: 'Enter the address to send to.' })
    .trim()
    .min(1, 'Enter the address to send to.')
    .max(2000, 'At most 2000 characters.'),
});

export const deleteWebhookSchema = z.object({
  id: z.coerce.number({ error: 'Say which webhook to remove.' }).int().positive('Say which webhook to remove.'),
});
