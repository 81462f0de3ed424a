import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { JsonLd } from '@/components/ui/json-ld';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export const metadata: Metadata = {
  title: 'About',
  description: 'What Resolution Tracker is, where its data comes from, and how a measure\u2019s status is derived.',
  alternates: { canonical: '/about' },
};

export default function AboutPage() {
  return (
    <article>
      <JsonLd data={{ '@type': 'AboutPage', name: 'About Resolution Tracker', description: metadata.description }} />
      <h1>About Resolution Tracker</h1>
      <p className="lede">
        Resolution Tracker follows legislative measures, resolutions first, across very different bodies: a city
        council, a state legislature, the U.S. House. It links them across jurisdictions, so a city resolution that
        endorses a federal one shows on both pages.
      </p>
      <h2>How status is derived</h2>
      <p>
        A measure&rsquo;s status comes from its recorded actions, in order: the stage it reached, its outcome, and the
        body that holds it now (after a referral, the committee). A simple resolution is finished when adopted; a bill
        when enacted. When an editor corrects a status by hand, the page says who did it and why.
      </p>
      <h2>Sources</h2>
      <p>
        Every fact shown carries its source. A source without a web address is named by its publisher; we never make one
        up.
      </p>
      <p>
        <Link href="/measures">Browse the measures</Link>
      </p>
    </article>
  );
}
