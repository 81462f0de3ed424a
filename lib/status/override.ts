import type { Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { DerivedStatus } from './derive';

export type StatusOverride = {
  stage?: Stage | null;
  outcome?: Outcome | null;
  reason: string;
  byName?: string | null;
  at: Date;
};

export type EffectiveStatus = DerivedStatus & { overridden: boolean; override: StatusOverride | null };

/**
 * The status to show: an editor's override wins over the derived status, field by field (an override of the
 * outcome alone keeps the derived stage). The override itself is returned so the page can say who changed it
 * and why; an override without a reason is refused, because an untraced status is what the design forbids.
 */
export function effectiveStatus(derived: DerivedStatus, override?: StatusOverride | null): EffectiveStatus {
  if (!override) return { ...derived, overridden: false, override: null };
  if (!override.reason?.trim()) {
    throw new Error('A status override needs a reason: say why the derived status is wrong.');
  }
  if (!override.stage && !override.outcome) {
    throw new Error('A status override must set a stage or an outcome.');
  }
  return {
    ...derived,
    stage: override.stage ?? derived.stage,
    outcome: override.outcome ?? derived.outcome,
    overridden: true,
    override,
  };
}
