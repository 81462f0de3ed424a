import { z } from 'zod';
import { passwordSchema } from '@/lib/auth/password';

const email = z.string().trim().toLowerCase().pipe(z.email('Enter an email address like name@example.org.'));

export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
  callbackUrl: z.string().optional(),
});

export const magicLinkSchema = z.object({ email, callbackUrl: z.string().optional() });

export const signUpSchema = z
  .object({
    name: z.string().trim().max(120, 'Use at most 120 characters.').optional(),
    email,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords differ.',
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().optional(),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((data) => data.newPassword === data.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two passwords differ.',
  });
