import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { outcomeLabel, stageLabel } from '@/lib/status';

/** The one-word status a reader scans for: the outcome once decided, else the stage reached. */
export function StatusBadge({ type, stage, outcome }: { type: MeasureType; stage: Stage; outcome: Outcome }) {
  const label = outcome === 'pending' ? stageLabel(stage, type) : outcomeLabel(outcome);
  return <span className={`badge badge-${outcome}`}>{label}</span>;
}
