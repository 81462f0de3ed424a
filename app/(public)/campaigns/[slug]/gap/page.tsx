import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { GapTables } from '@/components/campaigns/gap-table';
import { getCampaignBySlug } from '@/lib/campaigns/queries';

// The whole cosponsor gap of a campaign; the campaign page shows whom to ask first (CAMPAIGN_GAP_ROWS_SHOWN rows) and
// links here. Served from the cache like the campaign page, from the same cached data.
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return [{ slug: '-' }];
}

export async function generateMetadata({ params }: PageProps<'/campaigns/[slug]/gap'>): Promise<Metadata> {
  const campaign = await getCampaignBySlug((await params).slug);
  if (!campaign) return { title: 'Not found' };
  return {
    title: `${campaign.name}: cosponsor gap`,
    alternates: { canonical: `/campaigns/${campaign.slug}/gap` },
  };
}

export default async function CampaignGapPage({ params }: PageProps<'/campaigns/[slug]/gap'>) {
  const campaign = await getCampaignBySlug((await params).slug);
  if (!campaign) notFound();
  return (
    <article>
      <p className="eyebrow">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.name}</Link>
      </p>
      <h1>Cosponsor gap</h1>
      <p>
        The members of Congress who represent the places whose bodies endorsed the campaign&rsquo;s federal measures,
        whom to ask first, then those who have cosponsored.
      </p>
      <GapTables gaps={campaign.gaps} csvHref={`/campaigns/${campaign.slug}/gap.csv`} />
    </article>
  );
}
