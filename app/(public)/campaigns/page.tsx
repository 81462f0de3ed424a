import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { listCampaigns } from '@/lib/campaigns/queries';

export const metadata: Metadata = {
  title: 'Campaigns',
  description: 'Measures across councils, legislatures and Congress pursuing one goal, with who has endorsed them.',
  alternates: { canonical: '/campaigns' },
};

export default async function CampaignsPage() {
  const campaigns = await listCampaigns();
  return (
    <>
      <h1>Campaigns</h1>
      <p className="lede">
        A campaign groups measures across bodies around one cause: a lead measure, the councils and legislatures that
        endorse it, companions and counterparts.
      </p>
      {campaigns.length === 0 ? (
        <p className="muted">No campaigns yet.</p>
      ) : (
        <ul className="plain-list">
          {campaigns.map((campaign) => (
            <li key={campaign.id}>
              <h2>
                <Link href={`/campaigns/${campaign.slug}`}>{campaign.name}</Link>
              </h2>
              <p>
                {campaign.headline.text}. {campaign.memberCount} measure{campaign.memberCount === 1 ? '' : 's'}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
