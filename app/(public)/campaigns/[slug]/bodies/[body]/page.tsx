import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { CampaignTimeline } from '@/components/campaigns/campaign-timeline';
import { CAMPAIGN_BODY_LINKS_SHOWN, getCampaignBodyTimeline } from '@/lib/campaigns/queries';

// Served from the cache like the campaign page; each body's timeline is its own cached page (no query string).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return [{ slug: '-', body: '-' }];
}

export async function generateMetadata({ params }: PageProps<'/campaigns/[slug]/bodies/[body]'>): Promise<Metadata> {
  const { slug, body } = await params;
  const data = await getCampaignBodyTimeline(slug, body);
  if (!data) return { title: 'Not found' };
  return {
    title: `${data.campaign.name}: ${data.body.name}`,
    alternates: { canonical: `/campaigns/${data.campaign.slug}/bodies/${data.body.slug}` },
  };
}

export default async function CampaignBodyPage({ params }: PageProps<'/campaigns/[slug]/bodies/[body]'>) {
  const { slug, body: bodySlug } = await params;
  const data = await getCampaignBodyTimeline(slug, bodySlug);
  if (!data) notFound();
  return (
    <article>
      <p className="eyebrow">
        <Link href={`/campaigns/${data.campaign.slug}`}>{data.campaign.name}</Link>
      </p>
      <h1>Timeline: {data.body.name}</h1>
      <nav aria-label="Filter the timeline by body" className="filters">
        <ul className="plain-list inline-list">
          <li>
            <Link href={`/campaigns/${data.campaign.slug}#timeline-heading`}>All bodies</Link>
          </li>
          {data.bodies.length > CAMPAIGN_BODY_LINKS_SHOWN ? (
            <li>
              <Link href={`/campaigns/${data.campaign.slug}/bodies`}>Another of the {data.bodies.length} bodies</Link>
            </li>
          ) : null}
          {(data.bodies.length > CAMPAIGN_BODY_LINKS_SHOWN ? [data.body] : data.bodies).map((body) => (
            <li key={body.slug}>
              <Link
                href={`/campaigns/${data.campaign.slug}/bodies/${body.slug}`}
                aria-current={body.slug === data.body.slug ? 'page' : undefined}
              >
                {body.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <CampaignTimeline actions={data.timeline} />
    </article>
  );
}
