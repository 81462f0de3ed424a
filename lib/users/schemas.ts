import { z } from 'zod';
import { roles } from '@/lib/auth/permissions';

export const changeRoleSchema = z.object({
  userId: z.string().min(1, 'Which user?'),
  role: z.enum(roles, 'Choose member, editor or admin.'),
});

export const setActiveSchema = z.object({
  userId: z.string().min(1, 'Which user?'),
  active: z.enum(['true', 'false'], 'Choose activate or deactivate.').transform((value) => value === 'true'),
});
