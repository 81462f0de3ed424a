import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { notFound } from 'next/navigation';
import { MemberList } from '@/components/bodies/member-list';
import { JsonLd } from '@/components/ui/json-ld';
import { bodyClassificationLabels, bodyMembersJsonLd } from '@/lib/bodies/json-ld';
import { getBodyMembersBySlug, getBodySlugs } from '@/lib/bodies/queries';
import { formatCount } from '@/lib/format';
import { withPlaceholder } from '@/lib/static-params';

// Every member a body has had: the complete list behind the body page's first members (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export async function generateStaticParams() {
  return withPlaceholder(await getBodySlugs());
}

export async function generateMetadata({ params }: PageProps<'/bodies/[slug]/members'>): Promise<Metadata> {
  const body = await getBodyMembersBySlug((await params).slug);
  if (!body) return { title: 'Body not found' };
  return {
    title: `Members of the ${body.name}`,
    description: `All ${body.memberships.length} members on record of the ${body.name}, current members first, with their role and term.`,
    alternates: { canonical: `/bodies/${body.slug}/members` },
  };
}

export default async function BodyMembersPage({ params }: PageProps<'/bodies/[slug]/members'>) {
  const body = await getBodyMembersBySlug((await params).slug);
  if (!body) notFound();

  return (
    <article>
      <JsonLd data={bodyMembersJsonLd(body)} />
      <p className="eyebrow">
        {bodyClassificationLabels[body.classification]} · <Link href={`/bodies/${body.slug}`}>{body.name}</Link>
      </p>
      <h1>Members of the {body.name}</h1>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{formatCount(body.memberships.length)} members on record, current members first</h2>
        {body.memberships.length === 0 ? (
          <p className="muted">No members recorded.</p>
        ) : (
          <MemberList members={body.memberships} />
        )}
      </section>
    </article>
  );
}
