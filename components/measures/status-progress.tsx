import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { isSuccess, outcomeLabel, stageLabel, stageRank, stagesForType } from '@/lib/status';

type Props = { type: MeasureType; chambers: 1 | 2; stage: Stage; outcome: Outcome };

/** The path a measure of this type takes, with the steps reached marked; a stopped measure shows where it stopped. */
export function StatusProgress({ type, chambers, stage, outcome }: Props) {
  const steps = stagesForType(type, chambers);
  // The last step at or before the stage reached: a stage outside this type's path still marks the steps before
  // it, and a draft has reached none.
  const reached = steps.findLastIndex((step) => stageRank(step) <= stageRank(stage));
  const stopped = outcome !== 'pending' && !isSuccess(outcome);
  return (
    <ol className="progress" aria-label="Progress">
      {steps.map((step, index) => {
        const isCurrent = index === reached;
        const state = index < reached ? 'done' : isCurrent ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`${state}${isCurrent && stopped ? ' stopped' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            {stageLabel(step, type)}
            {isCurrent && stopped ? ` (${outcomeLabel(outcome)})` : null}
            <span className="visually-hidden">
              {index < reached ? ' (done)' : isCurrent ? ' (current)' : ' (not reached)'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
