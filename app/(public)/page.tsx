import Link from '@/components/ui/link';
import { StatusBadge } from '@/components/measures/status-badge';
import { JsonLd } from '@/components/ui/json-ld';
import { formatDate, isoDate, measureName } from '@/lib/format';
import { getRecentActions } from '@/lib/measures/queries';
import { siteUrl } from '@/lib/site';

// The whole page must come from the cache: the build fails if anything makes it render per request, and an
// unknown slug waits for its render so it answers a real 404 (docs/decisions/022-caching.md).
export const ensureStatic = 'navigation';

export default async function HomePage() {
  const actions = await getRecentActions(12);
  return (
    <>
      <JsonLd data={{ '@type': 'WebSite', name: 'Resolution Tracker', url: siteUrl() }} />
      <h1>Resolution Tracker</h1>
      <p className="lede">
        Follow legislative measures across every kind of body, from a city council to the U.S. House: where each one
        stands, who sponsors it, whom it calls upon, and which measures in other jurisdictions endorse or oppose it.
      </p>
      <p>
        <Link className="button button-primary" href="/measures">
          Browse all measures
        </Link>
      </p>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent actions</h2>
        {actions.length === 0 ? (
          <p className="muted">No actions recorded yet.</p>
        ) : (
          <ul className="plain-list">
            {actions.map((action) => (
              <li key={action.id}>
                <time dateTime={isoDate(action.date, action.datePrecision)}>
                  {formatDate(action.date, action.datePrecision)}
                </time>
                {' · '}
                <Link href={`/measures/${action.measure.slug}`}>{measureName(action.measure)}</Link>{' '}
                <StatusBadge type={action.measure.type} stage={action.measure.stage} outcome={action.measure.outcome} />
                <div>
                  {action.text}
                  {action.actingBody ? <span className="muted"> ({action.actingBody.name})</span> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
