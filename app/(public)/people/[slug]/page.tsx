import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { FollowButton } from '@/components/follows/follow-button';
import { MeasureRowsTable } from '@/components/measures/measure-rows-table';
import { SeeAllMeasures } from '@/components/measures/see-all-measures';
import { SourceList } from '@/components/sources/source-list';
import { JsonLd } from '@/components/ui/json-ld';
import { feedAlternates } from '@/lib/feeds/respond';
import { formatCount, formatDate } from '@/lib/format';
import { measureListHref, parseMeasureListParams } from '@/lib/measures/list-params';
import { membershipDetails, membershipTerm } from '@/lib/people/membership';
import { getPersonBySlug, getPersonSlugs } from '@/lib/people/queries';
import { personJsonLd } from '@/lib/people/json-ld';
import { withPlaceholder } from '@/lib/static-params';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getPersonSlugs());
}

export async function generateMetadata({ params }: PageProps<'/people/[slug]'>): Promise<Metadata> {
  const person = await getPersonBySlug((await params).slug);
  if (!person) return { title: 'Person not found' };
  const office = person.memberships[0];
  return {
    title: person.name,
    description: `${person.name}${office ? `, ${office.role} (${office.body.name})` : ''}: offices held, ${person.totals.sponsored} sponsored and ${person.totals.cosponsored} cosponsored measures with their status.`,
    alternates: {
      canonical: `/people/${person.slug}`,
      types: feedAlternates(`/api/feeds/people/${person.slug}`, person.name),
    },
  };
}

export default async function PersonPage({ params }: PageProps<'/people/[slug]'>) {
  const { slug } = await params;
  const person = await getPersonBySlug(slug);
  if (!person) notFound();
  const { sponsored, cosponsored, totals } = person;
  const listHref = (filter: 'sponsor' | 'cosponsor') =>
    measureListHref(parseMeasureListParams({ [filter]: person.slug }));

  return (
    <article>
      <JsonLd data={personJsonLd(person)} />
      <p className="eyebrow">Person</p>
      <h1>{person.name}</h1>
      <FollowButton kind="person" id={person.id} name={person.name} />

      <section aria-labelledby="offices-heading">
        <h2 id="offices-heading">Offices held</h2>
        {person.memberships.length === 0 ? (
          <p className="muted">No offices recorded.</p>
        ) : (
          <ul className="plain-list">
            {person.memberships.map((m) => (
              <li key={m.id}>
                <strong>{m.role}</strong>, <Link href={`/bodies/${m.body.slug}`}>{m.body.name}</Link>
                {membershipDetails(m) ? ` · ${membershipDetails(m)}` : ''}
                <span className="muted"> ({membershipTerm(m, (date) => formatDate(date))})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sponsored-heading">
        <h2 id="sponsored-heading">
          Sponsored measures{totals.sponsored > 0 ? ` (${formatCount(totals.sponsored)})` : ''}
        </h2>
        {sponsored.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <>
            <MeasureRowsTable
              caption={`Measures ${person.name} sponsored or authored, most recent activity first, with their status`}
              rows={sponsored.map((s) => ({ key: s.id, measure: s.measure }))}
            />
            <SeeAllMeasures
              shown={sponsored.length}
              total={totals.sponsored}
              href={listHref('sponsor')}
              label={`See all ${formatCount(totals.sponsored)} measures ${person.name} sponsored`}
            />
          </>
        )}
      </section>

      <section aria-labelledby="cosponsored-heading">
        <h2 id="cosponsored-heading">
          Cosponsored measures{totals.cosponsored > 0 ? ` (${formatCount(totals.cosponsored)})` : ''}
        </h2>
        {cosponsored.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <>
            <MeasureRowsTable
              caption={`Measures ${person.name} cosponsored, most recent activity first, with their status`}
              extraHeader="Cosponsorship"
              rows={cosponsored.map((s) => ({
                key: s.id,
                measure: s.measure,
                extra: [
                  s.isOriginal ? 'Original' : null,
                  s.sponsoredOn ? formatDate(s.sponsoredOn) : null,
                  s.withdrawnOn ? `Withdrawn ${formatDate(s.withdrawnOn)}` : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
              }))}
            />
            <SeeAllMeasures
              shown={cosponsored.length}
              total={totals.cosponsored}
              href={listHref('cosponsor')}
              label={`See all ${formatCount(totals.cosponsored)} measures ${person.name} cosponsored`}
            />
          </>
        )}
      </section>

      {person.citations.length > 0 ? (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <SourceList citations={person.citations} />
        </section>
      ) : null}
    </article>
  );
}
