// Campaign writes, through the one write path's rules (docs/decisions/030-one-write-path.md): each in one
// transaction with a change event (a membership names its measure, so the measure's followers and the campaign's
// are told), refusals as form answers, and the records changed so the action revalidates exactly their pages.
// Editors create campaigns and add, remove and re-role members; members propose a measure (PROPOSED) that an editor
// confirms or rejects. Place-to-district rows (the cosponsor gap's geography) are editors' too, each with a source.
import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type DbTx } from '@/lib/changes/record-change';
import type { CampaignRole } from '@/lib/generated/prisma/enums';
import { normalizeIdentifier, slugify } from '@/lib/measures/identifier';
import { Refusal, TX_OPTIONS, refuse, type MutationResult, type WriteContext } from '@/lib/write/editor-write';
import { isUniqueViolation } from '@/lib/write/duplicate-key';
import { uniqueSlug } from '@/lib/write/unique-slug';
import type {
  AddMemberInput,
  CreateCampaignInput,
  MemberRef,
  PlaceDistrictInput,
  ProposeMemberInput,
  SetMemberRoleInput,
  UpdateCampaignInput,
} from './schemas';

export type { WriteContext } from '@/lib/write/editor-write';

type MeasureRow = { id: number; slug: string; identifier: string | null; title: string };

/**
 * The measure an editor or member typed: its page address (/measures/<slug>, also the dashboard's), its slug, or its
 * identifier when exactly one measure has it. Refuses with a reason at `field` otherwise.
 */
export async function resolveMeasure(tx: DbTx, typed: string, field = 'measure'): Promise<MeasureRow> {
  const select = { id: true, slug: true, identifier: true, title: true } as const;
  const text = typed.trim();
  const fromPath = /\/measures\/([a-z0-9-]+)\/?(?:[?#].*)?$/i.exec(text)?.[1];
  const slug = (fromPath ?? text).toLowerCase();
  if (/^[a-z0-9-]+$/.test(slug)) {
    const bySlug = await tx.measure.findUnique({ where: { slug }, select });
    if (bySlug) return bySlug;
  }
  const normalized = fromPath ? null : normalizeIdentifier(text);
  if (normalized) {
    const found = await tx.measure.findMany({ where: { normalizedIdentifier: normalized }, select, take: 2 });
    if (found.length === 1) return found[0]!;
    if (found.length > 1)
      refuse(field, `Several measures are numbered ${text}: paste the address of the one you mean (/measures/…).`);
  }
  return refuse(field, `No measure found for "${text}": paste its page address (/measures/…) or its identifier.`);
}

async function campaignOrRefuse(tx: DbTx, campaignId: number) {
  const campaign = await tx.campaign.findUnique({ where: { id: campaignId }, select: { id: true, slug: true } });
  if (!campaign) throw new Refusal('This campaign no longer exists.');
  return campaign;
}

const changed = (campaign: { id: number; slug: string }, measureIds: number[] = []): ChangedRecord[] => [
  { kind: 'campaign', id: campaign.id, slug: campaign.slug },
  ...measureIds.map((id): ChangedRecord => ({ kind: 'measure', id })),
];

/** Runs `work` in one transaction and turns a Refusal into the form's answer (400). */
async function attempt<T>(ctx: WriteContext, work: (tx: DbTx) => Promise<MutationResult<T>>) {
  try {
    return await ctx.db.$transaction((tx) => work(tx), TX_OPTIONS);
  } catch (error) {
    if (error instanceof Refusal)
      return { ok: false as const, status: 400 as const, message: error.message, errors: error.errors };
    throw error;
  }
}

const memberId = (campaignId: number, measureId: number) => `${campaignId}:${measureId}`;

async function writeMember(
  tx: DbTx,
  ctx: WriteContext,
  data: {
    campaignId: number;
    measureId: number;
    role: CampaignRole;
    status: 'CONFIRMED' | 'PROPOSED';
    note?: string | null;
  },
) {
  const actorId = ctx.actor.actorId ?? null;
  const row = await tx.campaignMeasure.create({
    data: {
      campaignId: data.campaignId,
      measureId: data.measureId,
      role: data.role,
      status: data.status,
      note: data.note ?? null,
      proposedById: data.status === 'PROPOSED' ? actorId : null,
      confirmedById: data.status === 'CONFIRMED' ? actorId : null,
      confirmedAt: data.status === 'CONFIRMED' ? new Date() : null,
    },
  });
  await recordChange(tx, {
    ...ctx.actor,
    entityType: 'campaignMeasure',
    entityId: memberId(data.campaignId, data.measureId),
    operation: 'create',
    measureId: data.measureId,
    after: row,
  });
  return row;
}

export async function createCampaign(ctx: WriteContext, input: CreateCampaignInput) {
  return attempt(ctx, async (tx) => {
    const lead = input.leadMeasure ? await resolveMeasure(tx, input.leadMeasure, 'leadMeasure') : null;
    const base = slugify(input.name).slice(0, 80).replace(/-+$/, '') || 'campaign';
    const slug = await uniqueSlug(tx, 'campaign', base);
    const campaign = await tx.campaign.create({
      data: { slug, name: input.name, description: input.description },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'campaign',
      entityId: campaign.id,
      operation: 'create',
      after: campaign,
    });
    if (lead)
      await writeMember(tx, ctx, { campaignId: campaign.id, measureId: lead.id, role: 'LEAD', status: 'CONFIRMED' });
    return { ok: true as const, value: campaign, changed: changed(campaign, lead ? [lead.id] : []) };
  });
}

export async function updateCampaign(ctx: WriteContext, input: UpdateCampaignInput) {
  return attempt(ctx, async (tx) => {
    const before = await tx.campaign.findUnique({ where: { id: input.campaignId } });
    if (!before) throw new Refusal('This campaign no longer exists.');
    const after = await tx.campaign.update({
      where: { id: input.campaignId },
      data: { name: input.name, description: input.description },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'campaign',
      entityId: after.id,
      operation: 'update',
      before,
      after,
    });
    return { ok: true as const, value: after, changed: changed(after) };
  });
}

/** An editor adds a measure with its role; a member's proposal of the same measure is confirmed by it. */
export async function addMember(ctx: WriteContext, input: AddMemberInput) {
  return attempt(ctx, async (tx) => {
    const campaign = await campaignOrRefuse(tx, input.campaignId);
    const measure = await resolveMeasure(tx, input.measure);
    const existing = await tx.campaignMeasure.findUnique({
      where: { campaignId_measureId: { campaignId: campaign.id, measureId: measure.id } },
    });
    if (existing?.status === 'CONFIRMED')
      refuse('measure', `${measure.identifier ?? measure.title} is already in this campaign.`);
    if (existing) {
      await confirm(tx, ctx, existing, input.role);
    } else {
      await writeMember(tx, ctx, {
        campaignId: campaign.id,
        measureId: measure.id,
        role: input.role,
        status: 'CONFIRMED',
      });
    }
    return { ok: true as const, value: measure, changed: changed(campaign, [measure.id]) };
  });
}

/** A member proposes a measure for the campaign: shown to editors to confirm, not on the public page until then. */
export async function proposeMember(ctx: WriteContext, input: ProposeMemberInput) {
  return attempt(ctx, async (tx) => {
    const campaign = await campaignOrRefuse(tx, input.campaignId);
    const measure = await resolveMeasure(tx, input.measure);
    const existing = await tx.campaignMeasure.findUnique({
      where: { campaignId_measureId: { campaignId: campaign.id, measureId: measure.id } },
      select: { status: true },
    });
    if (existing)
      refuse(
        'measure',
        existing.status === 'CONFIRMED'
          ? `${measure.identifier ?? measure.title} is already in this campaign.`
          : `${measure.identifier ?? measure.title} has already been proposed; an editor will review it.`,
      );
    try {
      await writeMember(tx, ctx, {
        campaignId: campaign.id,
        measureId: measure.id,
        role: input.role,
        status: 'PROPOSED',
        note: input.note,
      });
    } catch (error) {
      if (isUniqueViolation(error)) refuse('measure', 'Someone proposed this measure a moment ago; reload the page.');
      throw error;
    }
    return { ok: true as const, value: measure, changed: changed(campaign) };
  });
}

async function confirm(
  tx: DbTx,
  ctx: WriteContext,
  before: { campaignId: number; measureId: number; role: CampaignRole },
  role: CampaignRole = before.role,
) {
  const after = await tx.campaignMeasure.update({
    where: { campaignId_measureId: { campaignId: before.campaignId, measureId: before.measureId } },
    data: { status: 'CONFIRMED', role, confirmedById: ctx.actor.actorId ?? null, confirmedAt: new Date() },
  });
  await recordChange(tx, {
    ...ctx.actor,
    entityType: 'campaignMeasure',
    entityId: memberId(before.campaignId, before.measureId),
    operation: 'update',
    measureId: before.measureId,
    before,
    after,
  });
}

async function memberOrRefuse(tx: DbTx, ref: MemberRef) {
  const row = await tx.campaignMeasure.findUnique({
    where: { campaignId_measureId: { campaignId: ref.campaignId, measureId: ref.measureId } },
    include: { campaign: { select: { id: true, slug: true } } },
  });
  if (!row)
    throw new Refusal('That measure is no longer in this campaign (someone may have removed it); reload the page.');
  return row;
}

export async function confirmProposal(ctx: WriteContext, ref: MemberRef) {
  return attempt(ctx, async (tx) => {
    const { campaign, ...row } = await memberOrRefuse(tx, ref);
    if (row.status === 'CONFIRMED') throw new Refusal('This measure is already confirmed.');
    await confirm(tx, ctx, row);
    return { ok: true as const, value: null, changed: changed(campaign, [ref.measureId]) };
  });
}

/** Removes a member, or rejects a proposal: the row goes, its change event stays. */
export async function removeMember(ctx: WriteContext, ref: MemberRef) {
  return attempt(ctx, async (tx) => {
    const { campaign, ...row } = await memberOrRefuse(tx, ref);
    await tx.campaignMeasure.delete({
      where: { campaignId_measureId: { campaignId: ref.campaignId, measureId: ref.measureId } },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'campaignMeasure',
      entityId: memberId(ref.campaignId, ref.measureId),
      operation: 'delete',
      measureId: ref.measureId,
      before: row,
    });
    return { ok: true as const, value: null, changed: changed(campaign, [ref.measureId]) };
  });
}

export async function setMemberRole(ctx: WriteContext, input: SetMemberRoleInput) {
  return attempt(ctx, async (tx) => {
    const { campaign, ...before } = await memberOrRefuse(tx, input);
    const after = await tx.campaignMeasure.update({
      where: { campaignId_measureId: { campaignId: input.campaignId, measureId: input.measureId } },
      data: { role: input.role },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'campaignMeasure',
      entityId: memberId(input.campaignId, input.measureId),
      operation: 'update',
      measureId: input.measureId,
      before,
      after,
    });
    return { ok: true as const, value: null, changed: changed(campaign, [input.measureId]) };
  });
}

/** Every campaign's page shows the gap, which reads these rows: all campaigns are revalidated. */
async function allCampaigns(tx: DbTx): Promise<ChangedRecord[]> {
  const rows = await tx.campaign.findMany({ select: { id: true, slug: true } });
  return rows.map((c) => ({ kind: 'campaign', id: c.id, slug: c.slug }));
}

export async function addPlaceDistrict(ctx: WriteContext, input: PlaceDistrictInput) {
  return attempt(ctx, async (tx) => {
    const place = await tx.jurisdiction.findUnique({ where: { id: input.jurisdictionId }, select: { name: true } });
    if (!place) refuse('jurisdictionId', 'That place no longer exists; choose another.');
    const duplicate = await tx.placeDistrict.findUnique({
      where: {
        jurisdictionId_state_district: {
          jurisdictionId: input.jurisdictionId,
          state: input.state,
          district: input.district,
        },
      },
      select: { id: true },
    });
    if (duplicate) refuse('district', `${place!.name} is already recorded in ${input.state}-${input.district}.`);
    const row = await tx.placeDistrict.create({
      data: { ...input, sourceUrl: input.sourceUrl! },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'placeDistrict',
      entityId: row.id,
      operation: 'create',
      after: row,
    });
    return { ok: true as const, value: row, changed: await allCampaigns(tx) };
  });
}

export async function removePlaceDistrict(ctx: WriteContext, input: { id: number }) {
  return attempt(ctx, async (tx) => {
    const row = await tx.placeDistrict.findUnique({ where: { id: input.id } });
    if (!row) throw new Refusal('That row was already removed; reload the page.');
    await tx.placeDistrict.delete({ where: { id: input.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'placeDistrict',
      entityId: row.id,
      operation: 'delete',
      before: row,
    });
    return { ok: true as const, value: null, changed: await allCampaigns(tx) };
  });
}
