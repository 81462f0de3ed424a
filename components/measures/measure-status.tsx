import Link from '@/components/ui/link';
import { StatusProgress } from '@/components/measures/status-progress';
import { formatDate } from '@/lib/format';
import type { MeasurePageData } from '@/lib/measures/queries';
import { outcomeLabel, stageLabel } from '@/lib/status';

/** The derived status (or the editor's override, with its author and reason), the current body and the dates. */
export function MeasureStatus({ measure }: { measure: MeasurePageData }) {
  const stage = measure.overrideStage ?? measure.stage;
  const outcome = measure.overrideOutcome ?? measure.outcome;
  const overridden = Boolean(measure.overrideReason);
  return (
    <>
      <StatusProgress type={measure.type} chambers={measure.chambers} stage={stage} outcome={outcome} />
      <dl className="meta-list">
        <dt>Stage</dt>
        <dd>{stageLabel(stage, measure.type)}</dd>
        <dt>Outcome</dt>
        <dd>
          <span className={`badge badge-${outcome}`}>{outcomeLabel(outcome)}</span>
          {measure.dormant ? <span className="badge badge-dormant"> Dormant</span> : null}
        </dd>
        <dt>Current body</dt>
        <dd>
          {measure.currentBody ? <Link href={`/bodies/${measure.currentBody.slug}`}>{measure.currentBody.name}</Link> : 'Not known'}
        </dd>
        {measure.stageDate ? (
          <>
            <dt>Since</dt>
            <dd>{formatDate(measure.stageDate)}</dd>
          </>
        ) : null}
        {measure.lastActionDate ? (
          <>
            <dt>Last action</dt>
            <dd>{formatDate(measure.lastActionDate)}</dd>
          </>
        ) : null}
      </dl>
      {overridden ? (
        <p className="notice">
          Status set by an editor{measure.overrideBy?.name ? ` (${measure.overrideBy.name})` : ''}
          {measure.overrideAt ? ` on ${formatDate(measure.overrideAt)}` : ''}: {measure.overrideReason} The actions alone
          give: {stageLabel(measure.stage, measure.type)}, {outcomeLabel(measure.outcome).toLowerCase()}.
        </p>
      ) : (
        <p className="muted">Status derived from the recorded actions.</p>
      )}
    </>
  );
}
