import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { EmbedSnippets } from '@/components/campaigns/embed-snippets';
import { FollowButton } from '@/components/follows/follow-button';
import { MeasureStatus } from '@/components/measures/measure-status';
import { MeasureTimeline } from '@/components/measures/measure-timeline';
import { RelatedMeasures } from '@/components/measures/related-measures';
import { SponsorList } from '@/components/measures/sponsor-list';
import { SubjectList } from '@/components/measures/subject-list';
import { TargetList } from '@/components/measures/target-list';
import { SourceList } from '@/components/sources/source-list';
import { LastChecked } from '@/components/sync/last-checked';
import { MeasureMeetings } from '@/components/sync/meetings';
import { JsonLd } from '@/components/ui/json-ld';
import { feedAlternates } from '@/lib/feeds/respond';
import { measureName, measureTypeLabels } from '@/lib/format';
import { getMeasureBySlug, getRecentMeasureSlugs } from '@/lib/measures/queries';
import { measureJsonLd } from '@/lib/measures/json-ld';
import { withPlaceholder } from '@/lib/static-params';
import { getMeasureSyncFacts } from '@/lib/sync/page-queries';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getRecentMeasureSlugs());
}

export async function generateMetadata({ params }: PageProps<'/measures/[slug]'>): Promise<Metadata> {
  const measure = await getMeasureBySlug((await params).slug);
  if (!measure) return { title: 'Measure not found' };
  const name = measureName(measure);
  return {
    title: measure.identifier ? `${name}: ${measure.title}` : name,
    description:
      measure.summary?.slice(0, 300) ?? `${measureTypeLabels[measure.type]} of the ${measure.originBody.name}.`,
    alternates: {
      canonical: `/measures/${measure.slug}`,
      types: feedAlternates(`/api/feeds/measures/${measure.slug}`, name),
    },
  };
}

export default async function MeasurePage({ params }: PageProps<'/measures/[slug]'>) {
  // Awaited outside any Suspense boundary so an unknown slug is a real 404 and each measure gets its own cached page.
  const { slug } = await params;
  const measure = await getMeasureBySlug(slug);
  if (!measure) notFound();
  const sync = await getMeasureSyncFacts(measure.id);

  return (
    <article>
      <JsonLd data={measureJsonLd(measure)} />
      <p className="eyebrow">
        {measureTypeLabels[measure.type]} ·{' '}
        <Link href={`/bodies/${measure.originBody.slug}`}>{measure.originBody.name}</Link>
        {measure.session ? ` · ${measure.session.name}` : ''} · {measure.jurisdiction.name}
      </p>
      <h1>
        {measure.identifier ? (
          <>
            {measure.identifier}
            <span className="visually-hidden">:</span> <span className="muted">{measure.title}</span>
          </>
        ) : (
          measure.title
        )}
      </h1>
      {/* The follow state is fetched in the browser: this page is the same cached HTML for everyone. */}
      <FollowButton kind="measure" id={measure.id} name={measureName(measure)} />
      {measure.summary ? <p className="lede">{measure.summary}</p> : null}
      {measure.textUrl ? (
        <p>
          <a href={measure.textUrl}>Read the text{measure.identifier ? ` of ${measure.identifier}` : ''}</a>
        </p>
      ) : null}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <MeasureStatus measure={measure} />
      </section>

      <MeasureMeetings next={sync.next} past={sync.past} calendarHref={`/api/calendar/measures/${measure.slug}.ics`} />

      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading">Whom it calls upon</h2>
        <TargetList targets={measure.targets} />
      </section>

      <section aria-labelledby="sponsors-heading">
        <h2 id="sponsors-heading">Sponsors</h2>
        <SponsorList sponsorships={measure.sponsorships} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <MeasureTimeline actions={measure.actions} />
      </section>

      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related measures</h2>
        <RelatedMeasures measure={measure} />
        <p>
          <Link href={`/dashboard/measures/${measure.slug}`}>Members: add a related measure or record a position</Link>
        </p>
      </section>

      {measure.subjects.length > 0 ? (
        <section aria-labelledby="subjects-heading">
          <h2 id="subjects-heading">Subjects</h2>
          <SubjectList subjects={measure.subjects} />
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourceList citations={measure.citations} />
        <LastChecked checked={sync.checked} />
      </section>

      <section aria-labelledby="embed-heading">
        <h2 id="embed-heading">Embed</h2>
        <EmbedSnippets kind="measures" slug={measure.slug} name={measureName(measure)} />
      </section>
    </article>
  );
}
