import Link from '@/components/ui/link';
import { StatusProgress } from '@/components/measures/status-progress';
import { formatDate } from '@/lib/format';
import type { Outcome } from '@/lib/generated/prisma/enums';
import type { MeasurePageData } from '@/lib/measures/queries';
import { FINAL_OUTCOMES, formatLaw, lawUrl, outcomeLabel, stageLabel } from '@/lib/status';

// Why no body holds a measure whose outcome is final, as a reader would say it.
const NO_BODY_BECAUSE: Partial<Record<Outcome, string>> = {
  adopted: 'it was adopted',
  became_law: 'it became law',
  veto_overridden: 'it became law over the veto',
  vetoed: 'it was vetoed',
  pocket_vetoed: 'it was pocket vetoed',
  failed: 'it failed',
  withdrawn: 'it was withdrawn',
  filed: 'it was filed without action',
  expired: 'its session ended before it was decided',
};

function Law({ type, number }: { type: string; number: string }) {
  const url = lawUrl({ type, number });
  const text = formatLaw({ type, number });
  return url ? <a href={url}>{text}</a> : <>{text}</>;
}

type Vote = { date: Date; result: 'passed' | 'failed'; chamber: string | null };

/** The votes on overriding a veto, once each (the Library of Congress repeats a chamber's vote without its name). */
function overrideVotes(actions: MeasurePageData['actions']): Vote[] {
  const votes: Vote[] = [];
  for (const a of actions) {
    const result = a.classification.includes('veto-override-passage')
      ? 'passed'
      : a.classification.includes('veto-override-failure')
        ? 'failed'
        : null;
    if (!result) continue;
    const vote = { date: a.date, result, chamber: a.actingBody?.name ?? null } as const;
    const same = votes.findIndex((v) => v.result === result && v.date.getTime() === a.date.getTime());
    if (same === -1) votes.push(vote);
    else if (!votes[same]!.chamber) votes[same] = vote;
  }
  return votes;
}

/** The derived status (or the editor's override, with its author and reason), the current body and the dates. */
export function MeasureStatus({ measure }: { measure: MeasurePageData }) {
  const stage = measure.overrideStage ?? measure.stage;
  const outcome = measure.overrideOutcome ?? measure.outcome;
  const overridden = Boolean(measure.overrideReason);
  const outcomeDate = overridden ? null : measure.outcomeDate;
  const votes = overrideVotes(measure.actions);
  const holder = measure.overrideOutcome && FINAL_OUTCOMES.has(measure.overrideOutcome) ? null : measure.currentBody;
  return (
    <>
      <StatusProgress type={measure.type} chambers={measure.chambers} stage={stage} outcome={outcome} />
      <dl className="meta-list">
        <dt>Stage</dt>
        <dd>{stageLabel(stage, measure.type)}</dd>
        <dt>Outcome</dt>
        <dd>
          <span className={`badge badge-${outcome}`}>{outcomeLabel(outcome)}</span>
          {outcomeDate ? <> on {formatDate(outcomeDate)}</> : null}
          {measure.dormant ? <span className="badge badge-dormant"> Dormant</span> : null}
        </dd>
        {measure.lawNumber && measure.lawType && (outcome === 'became_law' || outcome === 'veto_overridden') ? (
          <>
            <dt>Law</dt>
            <dd>
              <Law type={measure.lawType} number={measure.lawNumber} />
            </dd>
          </>
        ) : null}
        {votes.length ? (
          <>
            <dt>Veto override</dt>
            <dd>
              {votes
                .map(
                  (v) =>
                    `${v.result === 'passed' ? 'Passed' : 'Failed'}${v.chamber ? ` in the ${v.chamber}` : ''} on ${formatDate(v.date)}`,
                )
                .join('; ')}
            </dd>
          </>
        ) : null}
        <dt>Current body</dt>
        <dd>
          {holder ? (
            <Link href={`/bodies/${holder.slug}`}>{holder.name}</Link>
          ) : FINAL_OUTCOMES.has(outcome) ? (
            <>
              None: {NO_BODY_BECAUSE[outcome] ?? 'its outcome is final'}
              {measure.finalBody && !measure.overrideOutcome ? (
                <>
                  {' '}
                  (last with the <Link href={`/bodies/${measure.finalBody.slug}`}>{measure.finalBody.name}</Link>)
                </>
              ) : null}
              .
            </>
          ) : (
            'Not known'
          )}
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
          {measure.overrideAt ? ` on ${formatDate(measure.overrideAt)}` : ''}: {measure.overrideReason} The actions
          alone give: {stageLabel(measure.stage, measure.type)}, {outcomeLabel(measure.outcome).toLowerCase()}.
        </p>
      ) : (
        <p className="muted">
          Status derived from the recorded actions{measure.lawNumber ? ' and the official record' : ''}.
        </p>
      )}
    </>
  );
}
