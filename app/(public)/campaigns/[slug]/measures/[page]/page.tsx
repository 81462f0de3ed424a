import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { CampaignMemberTable } from '@/components/campaigns/member-table';
import { Pagination } from '@/components/ui/pagination';
import { MEMBERS_PAGE_SIZE } from '@/lib/campaigns/members';
import { getCampaignMembersPage } from '@/lib/campaigns/queries';

// Every member measure of a campaign, a page at a time (the campaign page lists the first MEMBERS_SHOWN). Each page is a cached
// page of its own, with no query string, like the campaign's body timelines.
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return [{ slug: '-', page: '1' }];
}

/** "1", "2"…: a page number as written in the path, or null (no leading zeros, signs or fractions). */
function pageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

export async function generateMetadata({ params }: PageProps<'/campaigns/[slug]/measures/[page]'>): Promise<Metadata> {
  const { slug, page } = await params;
  const number = pageNumber(page);
  const data = number ? await getCampaignMembersPage(slug, number) : null;
  if (!data) return { title: 'Not found' };
  return {
    title: `${data.campaign.name}: measures${data.pageCount > 1 ? `, page ${data.page} of ${data.pageCount}` : ''}`,
    alternates: { canonical: `/campaigns/${data.campaign.slug}/measures/${data.page}` },
  };
}

export default async function CampaignMeasuresPage({ params }: PageProps<'/campaigns/[slug]/measures/[page]'>) {
  const { slug, page } = await params;
  const number = pageNumber(page);
  const data = number ? await getCampaignMembersPage(slug, number) : null;
  if (!data) notFound();
  const first = (data.page - 1) * MEMBERS_PAGE_SIZE + 1;
  const last = first + data.members.length - 1;
  return (
    <article>
      <p className="eyebrow">
        <Link href={`/campaigns/${data.campaign.slug}`}>{data.campaign.name}</Link>
      </p>
      <h1>All measures of the campaign</h1>
      <p className="lede">
        {data.total === 0
          ? 'The campaign has no confirmed measures yet.'
          : `Measures ${first} to ${last} of ${data.total}: leads first, then the most recent.`}
      </p>
      {data.members.length > 0 ? (
        <CampaignMemberTable
          campaignSlug={data.campaign.slug}
          members={data.members}
          caption={`Measures ${first} to ${last} of ${data.total}, with body, date and status`}
        />
      ) : null}
      <Pagination
        page={data.page}
        pageCount={data.pageCount}
        href={(n) => `/campaigns/${data.campaign.slug}/measures/${n}`}
      />
      <p>
        The campaign&rsquo;s measures are also in the API as JSON or CSV:{' '}
        <a href={`/api/v1/measures?campaign=${data.campaign.slug}&format=csv`}>download as CSV</a>.
      </p>
    </article>
  );
}
