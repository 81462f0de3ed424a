// The cosponsor gap of a campaign as CSV (formula-safe cells, lib/dashboard/csv.ts): public data, read from the
// campaign page's cache.
import { gapCsv } from '@/lib/campaigns/gap';
import { getCampaignBySlug } from '@/lib/campaigns/queries';

export async function GET(_request: Request, { params }: RouteContext<'/campaigns/[slug]/gap.csv'>) {
  const { slug } = await params;
  const campaign = await getCampaignBySlug(slug);
  if (!campaign) return new Response('No such campaign.\n', { status: 404, headers: { 'content-type': 'text/plain' } });
  return new Response(gapCsv(campaign.gaps), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${campaign.slug}-cosponsor-gap.csv"`,
    },
  });
}
