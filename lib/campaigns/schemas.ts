// What the campaign forms post: the campaign's details, a member measure with its role, a proposal, a review.
import { z } from 'zod';
import { CampaignRole } from '@/lib/generated/prisma/enums';
import { optionalText, optionalUrl, requiredId, requiredText } from '@/lib/forms/fields';

export const CAMPAIGN_ROLES = Object.values(CampaignRole);

export const campaignRoleLabels: Record<CampaignRole, string> = {
  LEAD: 'Lead measure',
  ENDORSEMENT: 'Endorsement',
  COMPANION: 'Companion',
  OPPOSING: 'Opposing',
  STATE_COUNTERPART: 'State counterpart',
};

const role = z.enum(CampaignRole, { error: 'Choose the measure’s role in the campaign.' });

/** A measure named as an editor or member types it: its page address, its slug, or its identifier ("H.Res. 240"). */
const measureRef = requiredText('Measure', 300);

export const createCampaignSchema = z.object({
  name: requiredText('Title', 200),
  description: optionalText('Description', 5000),
  /** Optional: the lead measure to start the campaign from. */
  leadMeasure: optionalText('Lead measure', 300),
});
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const updateCampaignSchema = z.object({
  campaignId: requiredId('campaign'),
  name: requiredText('Title', 200),
  description: optionalText('Description', 5000),
});
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;

export const addMemberSchema = z.object({
  campaignId: requiredId('campaign'),
  measure: measureRef,
  role,
});
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const proposeMemberSchema = z.object({
  campaignId: requiredId('campaign'),
  measure: measureRef,
  role,
  note: optionalText('Why it belongs', 2000),
});
export type ProposeMemberInput = z.infer<typeof proposeMemberSchema>;

export const memberRefSchema = z.object({
  campaignId: requiredId('campaign'),
  measureId: requiredId('measure'),
});
export type MemberRef = z.infer<typeof memberRefSchema>;

export const setMemberRoleSchema = memberRefSchema.extend({ role });
export type SetMemberRoleInput = z.infer<typeof setMemberRoleSchema>;

/** A place-to-district row: the place's jurisdiction, the state and district, and the source that says so. */
export const placeDistrictSchema = z.object({
  jurisdictionId: requiredId('place'),
  state: z
    .string({ error: 'State is required.' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'State: the two-letter postal code, e.g. "CA".'),
  district: z
    .string({ error: 'District is required.' })
    .trim()
    .transform((value) => (/^(0|at[ -]?large)$/i.test(value) ? 'At Large' : value.replace(/^0+(?=\d)/, '')))
    .refine((value) => value === 'At Large' || /^\d{1,2}$/.test(value), {
      message: 'District: a number such as "30", or "At Large".',
    }),
  sourceUrl: optionalUrl('Source').refine((value) => value != null, {
    message: 'Source is required: the page that shows this place lies in this district.',
  }),
  note: optionalText('Note', 500),
});
export type PlaceDistrictInput = z.infer<typeof placeDistrictSchema>;

export const removePlaceDistrictSchema = z.object({ id: requiredId('row') });
