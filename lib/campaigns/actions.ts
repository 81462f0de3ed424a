'use server';
// Campaign server actions: editors (campaign.edit) create campaigns and curate their members and the place-to-district
// rows; members (campaign.propose) propose a measure for a campaign. Each revalidates the pages of what changed.
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/safe-action';
import { settleMutation, updateChangedTags } from '@/lib/actions/settle';
import type { Viewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db';
import * as write from './mutations';
import * as schemas from './schemas';

const ctx = (viewer: Viewer): write.WriteContext => ({ db, actor: { actorId: viewer.id } });
const edit = 'campaign.edit' as const;

export const createCampaignAction = defineAction('campaign.create', {
  permission: edit,
  schema: schemas.createCampaignSchema,
  handler: async (viewer, data, formData) => {
    const result = await write.createCampaign(ctx(viewer), data);
    if (!result.ok) return settleMutation(result, formData, '');
    updateChangedTags(result.changed);
    redirect(`/admin/campaigns/${result.value.id}?created=1`);
  },
});

export const updateCampaignAction = defineAction('campaign.update', {
  permission: edit,
  schema: schemas.updateCampaignSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.updateCampaign(ctx(viewer), data), formData, 'Details saved.'),
});

export const addCampaignMemberAction = defineAction('campaign.member.add', {
  permission: edit,
  schema: schemas.addMemberSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.addMember(ctx(viewer), data), formData, 'Measure added to the campaign.'),
});

export const setCampaignMemberRoleAction = defineAction('campaign.member.role', {
  permission: edit,
  schema: schemas.setMemberRoleSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.setMemberRole(ctx(viewer), data), formData, 'Role saved.'),
});

export const removeCampaignMemberAction = defineAction('campaign.member.remove', {
  permission: edit,
  schema: schemas.memberRefSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.removeMember(ctx(viewer), data), formData, 'Removed from the campaign.'),
});

export const confirmCampaignProposalAction = defineAction('campaign.proposal.confirm', {
  permission: edit,
  schema: schemas.memberRefSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.confirmProposal(ctx(viewer), data), formData, 'Proposal confirmed.'),
});

export const proposeCampaignMemberAction = defineAction('campaign.propose', {
  permission: 'campaign.propose',
  schema: schemas.proposeMemberSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(
      await write.proposeMember(ctx(viewer), data),
      formData,
      'Thank you: your proposal is waiting for an editor to confirm it.',
    ),
});

export const addPlaceDistrictAction = defineAction('campaign.district.add', {
  permission: edit,
  schema: schemas.placeDistrictSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.addPlaceDistrict(ctx(viewer), data), formData, 'District recorded.'),
});

export const removePlaceDistrictAction = defineAction('campaign.district.remove', {
  permission: edit,
  schema: schemas.removePlaceDistrictSchema,
  handler: async (viewer, data, formData) =>
    settleMutation(await write.removePlaceDistrict(ctx(viewer), data), formData, 'District removed.'),
});
