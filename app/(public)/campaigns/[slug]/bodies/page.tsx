import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { getCampaignBySlug } from '@/lib/campaigns/queries';

// Every body with a measure in the campaign, each linking to its own timeline: the campaign page's body filter when
// the campaign spans more bodies than it lists inline (CAMPAIGN_BODY_LINKS_SHOWN). Cached like the campaign page.
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return [{ slug: '-' }];
}

export async function generateMetadata({ params }: PageProps<'/campaigns/[slug]/bodies'>): Promise<Metadata> {
  const campaign = await getCampaignBySlug((await params).slug);
  if (!campaign) return { title: 'Not found' };
  return {
    title: `${campaign.name}: timeline by body`,
    alternates: { canonical: `/campaigns/${campaign.slug}/bodies` },
  };
}

export default async function CampaignBodiesPage({ params }: PageProps<'/campaigns/[slug]/bodies'>) {
  const campaign = await getCampaignBySlug((await params).slug);
  if (!campaign) notFound();
  const counts = new Map<string, number>();
  for (const { measure } of campaign.measures) {
    counts.set(measure.originBody.slug, (counts.get(measure.originBody.slug) ?? 0) + 1);
  }
  const bodies = [...campaign.bodies].sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
  return (
    <article>
      <p className="eyebrow">
        <Link href={`/campaigns/${campaign.slug}`}>{campaign.name}</Link>
      </p>
      <h1>Timeline by body</h1>
      <p>
        The {bodies.length} bodies with a measure in the campaign. Each shows the actions of its own measures; the{' '}
        <Link href={`/campaigns/${campaign.slug}#timeline-heading`}>campaign page</Link> shows the latest of all.
      </p>
      <nav aria-label="Filter the timeline by body">
        <ul className="plain-list">
          {bodies.map((body) => (
            <li key={body.slug}>
              <Link href={`/campaigns/${campaign.slug}/bodies/${body.slug}`}>{body.name}</Link>{' '}
              <span className="muted">
                ({counts.get(body.slug)} measure{counts.get(body.slug) === 1 ? '' : 's'})
              </span>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
