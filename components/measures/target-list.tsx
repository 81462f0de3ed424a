import Link from '@/components/ui/link';
import type { MeasurePageData } from '@/lib/measures/queries';

export const targetVerbLabels = {
  calls_upon: 'Calls upon',
  urges: 'Urges',
  requests: 'Requests',
  condemns: 'Condemns',
  commends: 'Commends',
  supports: 'Supports',
  opposes: 'Opposes',
} as const;

/** Whom the measure addresses: the body or person, the role as written, and the clause quoted. */
export function TargetList({ targets }: { targets: MeasurePageData['targets'] }) {
  if (targets.length === 0) return <p className="muted">No addressees recorded.</p>;
  return (
    <ul className="plain-list">
      {targets.map((target) => (
        <li key={target.id}>
          <strong>{targetVerbLabels[target.verb]}</strong>{' '}
          {target.body ? (
            <Link href={`/bodies/${target.body.slug}`}>{target.body.name}</Link>
          ) : target.person ? (
            <Link href={`/people/${target.person.slug}`}>{target.person.name}</Link>
          ) : (
            <span>{target.entityName}</span>
          )}
          {target.roleAsWritten ? <span className="muted"> (as written: “{target.roleAsWritten}”)</span> : null}
          {target.quote ? <blockquote>“{target.quote}”</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}
