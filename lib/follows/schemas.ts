import { z } from 'zod';
import { requiredId } from '@/lib/forms/fields';

export const followKinds = ['measure', 'person', 'body', 'campaign'] as const;
export type FollowKind = (typeof followKinds)[number];

export const followSchema = z.object({
  kind: z.enum(followKinds, { error: 'Follow a measure, a person, a body or a campaign.' }),
  id: requiredId('record to follow'),
  intent: z.enum(['follow', 'unfollow'], { error: 'Choose follow or unfollow.' }),
});
export type FollowInput = z.infer<typeof followSchema>;

/** The column of Follow that points at each kind of record. */
export const followColumn = {
  measure: 'measureId',
  person: 'personId',
  body: 'bodyId',
  campaign: 'campaignId',
} as const satisfies Record<FollowKind, string>;
