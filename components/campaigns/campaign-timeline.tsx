import Link from '@/components/ui/link';
import { formatDate, isoDate, measureName } from '@/lib/format';
import type { DatePrecision } from '@/lib/generated/prisma/enums';

type TimelineAction = {
  id: number;
  date: Date;
  datePrecision: DatePrecision;
  text: string;
  actingBody: { slug: string; name: string } | null;
  measure: { slug: string; identifier: string | null; title: string; originBody: { name: string } };
};

/** Every member measure's actions on one timeline, newest first, each with its measure. */
export function CampaignTimeline({ actions }: { actions: TimelineAction[] }) {
  if (actions.length === 0) return <p className="muted">No actions recorded yet.</p>;
  return (
    <ol className="timeline">
      {actions.map((action) => (
        <li key={action.id}>
          <time dateTime={isoDate(action.date, action.datePrecision)}>
            {formatDate(action.date, action.datePrecision)}
          </time>
          {' · '}
          <Link href={`/measures/${action.measure.slug}`}>{measureName(action.measure)}</Link>
          {action.actingBody ? <span className="muted"> · {action.actingBody.name}</span> : null}
          <div>{action.text}</div>
        </li>
      ))}
    </ol>
  );
}
