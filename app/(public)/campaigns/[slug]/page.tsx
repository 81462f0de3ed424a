import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EndorsementChart, type ChartPoint } from '@/components/campaigns/endorsement-chart';
import { CampaignTimeline } from '@/components/campaigns/campaign-timeline';
import { EmbedSnippets } from '@/components/campaigns/embed-snippets';
import { GapTables } from '@/components/campaigns/gap-table';
import { FollowButton } from '@/components/follows/follow-button';
import { CampaignMemberTable } from '@/components/campaigns/member-table';
import { countPhrase } from '@/lib/campaigns/addressees';
import { memberDate, MEMBERS_SHOWN, orderMembers } from '@/lib/campaigns/members';
import {
  CAMPAIGN_BODY_LINKS_SHOWN,
  CAMPAIGN_GAP_ROWS_SHOWN,
  CAMPAIGN_TIMELINE_SHOWN,
  getCampaignBySlug,
  getCampaignSlugs,
} from '@/lib/campaigns/queries';
import { formatDate, measureName } from '@/lib/format';
import { withPlaceholder } from '@/lib/static-params';

// Served from the cache like the other public pages (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getCampaignSlugs());
}

export async function generateMetadata({ params }: PageProps<'/campaigns/[slug]'>): Promise<Metadata> {
  const campaign = await getCampaignBySlug((await params).slug);
  if (!campaign) return { title: 'Campaign not found' };
  return {
    title: campaign.name,
    description: `${campaign.headline.text}. ${campaign.description ?? ''}`.slice(0, 300),
    alternates: { canonical: `/campaigns/${campaign.slug}` },
  };
}

export default async function CampaignPage({ params }: PageProps<'/campaigns/[slug]'>) {
  const { slug } = await params;
  const campaign = await getCampaignBySlug(slug);
  if (!campaign) notFound();
  const points: ChartPoint[] = campaign.measures.flatMap(({ role, measure }): ChartPoint[] => {
    const adopted = measure.outcome === 'adopted' || measure.outcome === 'became_law';
    const label = `${measureName(measure)}: ${measure.originBody.name}`;
    if (role === 'LEAD' && measure.introducedOn) return [{ date: measure.introducedOn, label, kind: 'lead' as const }];
    if (role === 'ENDORSEMENT' && adopted) {
      const date = memberDate(measure);
      return date ? [{ date, label, kind: 'endorsement' as const }] : [];
    }
    return [];
  });

  // Leads first, then the most recent; the headline counts every member and the full list pages through them all.
  const shown = orderMembers(campaign.measures).slice(0, MEMBERS_SHOWN);
  const truncated = shown.length < campaign.measures.length;

  return (
    <article>
      <p className="eyebrow">
        <Link href="/campaigns">Campaign</Link>
      </p>
      <h1>{campaign.name}</h1>
      <FollowButton kind="campaign" id={campaign.id} name={campaign.name} />
      <p className="lede">
        <strong>{campaign.headline.text}.</strong>
        {campaign.headline.pending > 0
          ? ` ${campaign.headline.pending} more endorsement${campaign.headline.pending === 1 ? ' is' : 's are'} pending.`
          : ''}
      </p>
      {campaign.description ? <p>{campaign.description}</p> : null}

      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">Measures ({campaign.measures.length})</h2>
        <CampaignMemberTable
          campaignSlug={campaign.slug}
          members={shown}
          caption={
            truncated
              ? `${shown.length} of the campaign's ${campaign.measures.length} measures (leads, then the most recent), with body, date and status`
              : 'Every measure of the campaign, with its body, date and status'
          }
        />
        {truncated ? (
          <p>
            <Link href={`/campaigns/${campaign.slug}/measures/1`}>
              All {campaign.measures.length} measures of the campaign
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Endorsements over time</h2>
        <EndorsementChart id="campaign-chart" points={points} title={`Endorsements of ${campaign.name} over time`} />
      </section>

      <section aria-labelledby="gap-heading">
        <h2 id="gap-heading">Cosponsor gap</h2>
        <GapTables
          gaps={campaign.gaps}
          csvHref={`/campaigns/${campaign.slug}/gap.csv`}
          shortened={{ rows: CAMPAIGN_GAP_ROWS_SHOWN, href: `/campaigns/${campaign.slug}/gap` }}
        />
      </section>

      <section aria-labelledby="addressees-heading">
        <h2 id="addressees-heading">Whom the measures call upon</h2>
        {campaign.addressees.length === 0 ? (
          <p className="muted">No addressees recorded.</p>
        ) : (
          <ul className="plain-list">
            {campaign.addressees.map((a) => (
              <li key={`${a.kind}-${a.key}-${a.verb}`}>
                {countPhrase(a.measures, a.verb)} <Link href={`/addressees/${a.kind}/${a.key}`}>{a.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline of all the measures</h2>
        {campaign.timeline.length >= CAMPAIGN_TIMELINE_SHOWN ? (
          <p className="muted">The {CAMPAIGN_TIMELINE_SHOWN} latest actions; each body&rsquo;s page shows more.</p>
        ) : null}
        <nav aria-label="Filter the timeline by body" className="filters">
          {campaign.bodies.length <= CAMPAIGN_BODY_LINKS_SHOWN ? (
            <>
              <span>Show one body: </span>
              <ul className="plain-list inline-list">
                {campaign.bodies.map((body) => (
                  <li key={body.slug}>
                    <Link href={`/campaigns/${campaign.slug}/bodies/${body.slug}`}>{body.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              <Link href={`/campaigns/${campaign.slug}/bodies`}>
                Show one body&rsquo;s timeline: choose among the {campaign.bodies.length} bodies
              </Link>
            </p>
          )}
        </nav>
        <CampaignTimeline actions={campaign.timeline} />
      </section>

      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">Latest changes</h2>
        {campaign.changes.length === 0 ? (
          <p className="muted">No changes recorded.</p>
        ) : (
          <ul className="plain-list">
            {campaign.changes.map((change) => (
              <li key={change.id}>
                <time dateTime={change.at.toISOString()}>{formatDate(change.at)}</time> ·{' '}
                {change.measure ? (
                  <>
                    <Link href={`/measures/${change.measure.slug}`}>{measureName(change.measure)}</Link>:{' '}
                  </>
                ) : null}
                {change.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="propose-heading">
        <h2 id="propose-heading">Propose a measure</h2>
        <p>
          Know of a council or legislature that endorsed this? Signed-in members can{' '}
          <Link href={`/dashboard/campaigns#campaign-${campaign.slug}`}>propose a measure for this campaign</Link>; an
          editor confirms it.
        </p>
      </section>

      <section aria-labelledby="embed-heading">
        <h2 id="embed-heading">Embed</h2>
        <EmbedSnippets kind="campaigns" slug={campaign.slug} name={campaign.name} />
      </section>
    </article>
  );
}
