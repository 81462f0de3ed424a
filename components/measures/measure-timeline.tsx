import Link from '@/components/ui/link';
import { formatDate, isoDate } from '@/lib/format';
import type { MeasurePageData } from '@/lib/measures/queries';

export function MeasureTimeline({ actions }: { actions: MeasurePageData['actions'] }) {
  if (actions.length === 0) return <p className="muted">No actions recorded yet.</p>;
  return (
    <ol className="timeline">
      {actions.map((action) => (
        <li key={action.id}>
          <time dateTime={isoDate(action.date, action.datePrecision)}>
            {formatDate(action.date, action.datePrecision)}
          </time>
          {action.actingBody ? (
            <>
              {' · '}
              <Link href={`/bodies/${action.actingBody.slug}`}>{action.actingBody.name}</Link>
            </>
          ) : null}
          <div>{action.text}</div>
          {action.relatedBody ? (
            <div className="muted">
              To: <Link href={`/bodies/${action.relatedBody.slug}`}>{action.relatedBody.name}</Link>
            </div>
          ) : null}
          {action.sourceCode ? <span className="tag">Code {action.sourceCode}</span> : null}
        </li>
      ))}
    </ol>
  );
}
