import type { Outcome } from '@/lib/generated/prisma/enums';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A pending measure with no action for `days` (180 by default) is dormant. Computed, never stored, so it is
 * always true to today. A finished measure (adopted, failed, withdrawn...) is never dormant, only done; and a
 * measure with no action at all has nothing to measure the silence from.
 */
export function isDormant(lastActionDate: Date | null, now: Date, outcome: Outcome, days = 180): boolean {
  if (outcome !== 'pending' || lastActionDate === null) return false;
  return now.getTime() - lastActionDate.getTime() >= days * DAY_MS;
}
