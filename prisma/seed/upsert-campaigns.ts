// The seed's campaigns, through the one write path (lib/write/sync.ts): the campaign matched by slug, each member by
// (campaign, measure), so seeding twice changes nothing. A member's role is updated when the seed's differs.
import type { SyncContext } from '@/lib/write/sync';
import { sync } from '@/lib/write/sync';
import { recordChange } from '@/lib/changes/record-change';
import type { CampaignSeed } from './founding-case';
import type { IdsBySlug } from './upsert-organisations';

export async function upsertCampaign(ctx: SyncContext, c: CampaignSeed, measures: IdsBySlug): Promise<number> {
  const campaign = await sync(ctx, {
    entityType: 'campaign',
    label: c.slug,
    existing: await ctx.tx.campaign.findUnique({ where: { slug: c.slug } }),
    fields: { name: c.name, description: c.description },
    create: (data) => ctx.tx.campaign.create({ data: { slug: c.slug, ...data } }),
    update: (id, changed) => ctx.tx.campaign.update({ where: { id }, data: changed }),
  });
  for (const member of c.members) {
    const measureId = measures.get(member.measure);
    if (measureId === undefined) throw new Error(`Campaign ${c.slug}: no measure ${member.measure} in the seed.`);
    const key = { campaignId: campaign.id, measureId };
    const existing = await ctx.tx.campaignMeasure.findUnique({ where: { campaignId_measureId: key } });
    const entity = { entityId: `${campaign.id}:${measureId}`, measureId, actorLabel: ctx.actorLabel } as const;
    if (!existing) {
      const row = await ctx.tx.campaignMeasure.create({ data: { ...key, role: member.role, status: 'CONFIRMED' } });
      await recordChange(ctx.tx, { ...entity, entityType: 'campaignMeasure', operation: 'create', after: row });
      ctx.report.created.campaignMeasure = (ctx.report.created.campaignMeasure ?? 0) + 1;
      ctx.report.changeEvents++;
    } else if (existing.role !== member.role || existing.status !== 'CONFIRMED') {
      const row = await ctx.tx.campaignMeasure.update({
        where: { campaignId_measureId: key },
        data: { role: member.role, status: 'CONFIRMED' },
      });
      await recordChange(ctx.tx, {
        ...entity,
        entityType: 'campaignMeasure',
        operation: 'update',
        before: { role: existing.role, status: existing.status },
        after: { role: row.role, status: row.status },
      });
      ctx.report.updated.campaignMeasure = (ctx.report.updated.campaignMeasure ?? 0) + 1;
      ctx.report.changeEvents++;
    } else {
      ctx.report.unchanged++;
    }
  }
  return campaign.id;
}
