import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowButton } from '@/components/follows/follow-button';
import { MeasureRowsTable } from '@/components/measures/measure-rows-table';
import { targetVerbLabels } from '@/components/measures/target-list';
import { SourceList } from '@/components/sources/source-list';
import { JsonLd } from '@/components/ui/json-ld';
import { bodyClassificationLabels, bodyJsonLd } from '@/lib/bodies/json-ld';
import { getBodyBySlug, getBodySlugs } from '@/lib/bodies/queries';
import { feedAlternates } from '@/lib/feeds/respond';
import { formatDate } from '@/lib/format';
import { membershipDetails, membershipTerm } from '@/lib/people/membership';
import { withPlaceholder } from '@/lib/static-params';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/003-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getBodySlugs());
}

export async function generateMetadata({ params }: PageProps<'/bodies/[slug]'>): Promise<Metadata> {
  const body = await getBodyBySlug((await params).slug);
  if (!body) return { title: 'Body not found' };
  return {
    title: body.name,
    description: `${body.name}: ${bodyClassificationLabels[body.classification].toLowerCase()}${body.jurisdiction ? ` of ${body.jurisdiction.name}` : ''}. Members, measures it originated and measures addressed to it.`,
    alternates: { canonical: `/bodies/${body.slug}`, types: feedAlternates(`/api/feeds/bodies/${body.slug}`, body.name) },
  };
}

export default async function BodyPage({ params }: PageProps<'/bodies/[slug]'>) {
  const { slug } = await params;
  const body = await getBodyBySlug(slug);
  if (!body) notFound();

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
        <h2 id="members-heading">Members on record</h2>
        {body.memberships.length === 0 ? (
          <p className="muted">No members recorded.</p>
        ) : (
          <ul className="plain-list columns">
            {body.memberships.map((m) => (
              <li key={m.id}>
                <Link href={`/people/${m.person.slug}`}>{m.person.name}</Link>, {m.role}
                {membershipDetails(m) ? <span className="muted"> · {membershipDetails(m)}</span> : null}
                <span className="muted"> ({membershipTerm(m, (date) => formatDate(date))})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="origin-heading">
        <h2 id="origin-heading">Measures from this body</h2>
        {body.originMeasures.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <>
            <MeasureRowsTable
              caption={`Measures originating in the ${body.name}, most recent activity first`}
              rows={body.originMeasures.map((m) => ({ key: m.id, measure: m }))}
            />
            {body.originCount > body.originMeasures.length ? (
              <p>
                Showing {body.originMeasures.length} of {body.originCount}.{' '}
                <Link href={`/measures?body=${body.slug}`}>See all measures from the {body.name}</Link>
              </p>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="addressed-heading">
        <h2 id="addressed-heading">Measures addressed to this body</h2>
        {body.targets.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <MeasureRowsTable
            caption={`Measures that address the ${body.name}`}
            extraHeader="How"
            rows={body.targets.map((t) => ({
              key: t.id,
              measure: t.measure,
              extra: `${targetVerbLabels[t.verb]}${t.roleAsWritten ? ` the ${t.roleAsWritten}` : ''}`,
            }))}
          />
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
