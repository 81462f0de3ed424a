// /badges/campaigns/<slug>.svg: how many bodies have endorsed the campaign's lead, as an SVG badge.
import { badgeHeaders, badgeSvg, getCampaignEmbed } from '@/lib/campaigns/embed';

export async function GET(_request: Request, { params }: RouteContext<'/badges/campaigns/[file]'>) {
  const { file } = await params;
  const campaign = file.endsWith('.svg') ? await getCampaignEmbed(file.slice(0, -4)) : null;
  if (!campaign)
    return new Response(badgeSvg('campaign', 'not found', 'neutral'), { status: 404, headers: badgeHeaders });
  const n = campaign.headline.endorsed;
  return new Response(badgeSvg(campaign.name, `${n} endorsement${n === 1 ? '' : 's'}`, n > 0 ? 'success' : 'pending'), {
    headers: badgeHeaders,
  });
}
