import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowButton } from '@/components/follows/follow-button';
import { MemberList } from '@/components/bodies/member-list';
import { MeasureRowsTable } from '@/components/measures/measure-rows-table';
import { SeeAllMeasures } from '@/components/measures/see-all-measures';
import { targetVerbLabels } from '@/components/measures/target-list';
import { SourceList } from '@/components/sources/source-list';
import { MeetingList } from '@/components/sync/meetings';
import { JsonLd } from '@/components/ui/json-ld';
import { bodyClassificationLabels, bodyJsonLd } from '@/lib/bodies/json-ld';
import { getBodyBySlug, getBodySlugs } from '@/lib/bodies/queries';
import { feedAlternates } from '@/lib/feeds/respond';
import { formatCount } from '@/lib/format';
import { measureListHref, parseMeasureListParams } from '@/lib/measures/list-params';
import { withPlaceholder } from '@/lib/static-params';
import { getBodyUpcomingMeetings } from '@/lib/sync/page-queries';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getBodySlugs());
}

export async function generateMetadata({ params }: PageProps<'/bodies/[slug]'>): Promise<Metadata> {
  const body = await getBodyBySlug((await params).slug);
  if (!body) return { title: 'Body not found' };
  return {
    title: body.name,
    description: `${body.name}: ${bodyClassificationLabels[body.classification].toLowerCase()}${body.jurisdiction ? ` of ${body.jurisdiction.name}` : ''}. Current members, the most recent measures it originated and measures addressed to it.`,
    alternates: {
      canonical: `/bodies/${body.slug}`,
      types: feedAlternates(`/api/feeds/bodies/${body.slug}`, body.name),
    },
  };
}

export default async function BodyPage({ params }: PageProps<'/bodies/[slug]'>) {
  const { slug } = await params;
  const body = await getBodyBySlug(slug);
  if (!body) notFound();
  const meetings = await getBodyUpcomingMeetings(body.id);
  const listHref = (filter: 'body' | 'addressee') => measureListHref(parseMeasureListParams({ [filter]: body.slug }));

  return (
    <article>
      <JsonLd data={bodyJsonLd(body)} />
      <p className="eyebrow">
        {bodyClassificationLabels[body.classification]}
        {body.jurisdiction ? ` · ${body.jurisdiction.name}` : ''}
        {body.parent ? (
          <>
            {' · part of '}
            <Link href={`/bodies/${body.parent.slug}`}>{body.parent.name}</Link>
          </>
        ) : null}
      </p>
      <h1>{body.name}</h1>
      <FollowButton kind="body" id={body.id} name={body.name} />
      {body.url ? (
        <p>
          <a href={body.url}>Official website</a>
        </p>
      ) : null}

      {meetings.length > 0 ? (
        <section aria-labelledby="meetings-heading">
          <h2 id="meetings-heading">Upcoming meetings</h2>
          <MeetingList meetings={meetings} label="Upcoming meetings" />
          <p>
            <a href={`/api/calendar/bodies/${body.slug}.ics`}>Calendar feed (.ics)</a>
          </p>
        </section>
      ) : null}

      {body.children.length > 0 ? (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">Parts of this body</h2>
          <ul className="plain-list columns">
            {body.children.map((child) => (
              <li key={child.id}>
                <Link href={`/bodies/${child.slug}`}>{child.name}</Link>{' '}
                <span className="tag">{bodyClassificationLabels[child.classification]}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Current members{body.memberCount > 0 ? ` (${formatCount(body.memberCount)})` : ''}</h2>
        {body.memberCount === 0 ? (
          <p className="muted">No current members recorded.</p>
        ) : body.listed ? (
          <MemberList members={body.memberships} terms={false} />
        ) : (
          <>
            <p>
              By party:{' '}
              {body.parties
                .map((party) => `${party.name ?? 'no party recorded'} ${formatCount(party.count)}`)
                .join(' · ')}
            </p>
            {body.memberships.length > 0 ? (
              <>
                <h3>Officers</h3>
                <MemberList members={body.memberships} terms={false} />
              </>
            ) : null}
          </>
        )}
        {body.allMemberCount > (body.listed ? body.memberCount : 0) ? (
          <p>
            <Link href={`/bodies/${body.slug}/members`}>
              See all {formatCount(body.allMemberCount)} members of the {body.name}
              {body.allMemberCount > body.memberCount ? ', current and former' : ''}
            </Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">
          Measures from this body{body.originCount > 0 ? ` (${formatCount(body.originCount)})` : ''}
        </h2>
        {body.originMeasures.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <>
            <MeasureRowsTable
              caption={`Measures originating in the ${body.name}, most recent activity first`}
              rows={body.originMeasures.map((m) => ({ key: m.id, measure: m }))}
            />
            <SeeAllMeasures
              shown={body.originMeasures.length}
              total={body.originCount}
              href={listHref('body')}
              label={`See all ${formatCount(body.originCount)} measures from the ${body.name}`}
            />
          </>
        )}
      </section>

      <section aria-labelledby="addressed-heading">
        <h2 id="addressed-heading">
          Measures addressed to this body{body.targetCount > 0 ? ` (${formatCount(body.targetCount)})` : ''}
        </h2>
        {body.targets.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <>
            <MeasureRowsTable
              caption={`Measures that address the ${body.name}, most recent activity first`}
              extraHeader="How"
              rows={body.targets.map((t) => ({
                key: t.id,
                measure: t.measure,
                extra: `${targetVerbLabels[t.verb]}${t.roleAsWritten ? ` the ${t.roleAsWritten}` : ''}`,
              }))}
            />
            <SeeAllMeasures
              shown={new Set(body.targets.map((t) => t.measure.id)).size}
              total={body.targetCount}
              href={listHref('addressee')}
              label={`See all ${formatCount(body.targetCount)} measures addressed to the ${body.name}`}
            />
          </>
        )}
      </section>

      {body.citations.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <SourceList citations={body.citations} />
        </section>
      ) : null}
    </article>
  );
}
