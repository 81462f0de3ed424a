import { z } from 'zod';
import { Stance } from '@/lib/generated/prisma/enums';
import { optionalText, requiredId } from '@/lib/forms/fields';

export const stanceLabels: Record<Stance, string> = { support: 'Support', oppose: 'Oppose', monitor: 'Monitor' };

export const positionSchema = z.object({
  measureId: requiredId('measure'),
  stance: z.enum(Stance, { error: 'Choose support, oppose or monitor.' }),
  note: optionalText('Note', 5000),
});
export type PositionInput = z.infer<typeof positionSchema>;
