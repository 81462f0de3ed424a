// The order and paging of a campaign's member measures, shared by the campaign page (its first MEMBERS_SHOWN) and the
// full list (/campaigns/<slug>/measures/<page>): leads first, then the most recent by the date each is charted at.
import type { CampaignRole, MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

/** Member rows on the campaign page itself; the full list pages through the rest. */
export const MEMBERS_SHOWN = 10;
/** Member rows on each page of the full list. */
export const MEMBERS_PAGE_SIZE = 100;

export type CampaignMember = {
  role: CampaignRole;
  measure: {
    id: number;
    slug: string;
    identifier: string | null;
    title: string;
    type: MeasureType;
    stage: Stage;
    outcome: Outcome;
    introducedOn: Date | null;
    outcomeDate: Date | null;
    lastActionDate: Date | null;
    originBody: { id: number; slug: string; name: string };
  };
};

/** The date a member measure is placed at on the chart: when it was adopted, else introduced, else its last action. */
export function memberDate(m: { outcomeDate: Date | null; introducedOn: Date | null; lastActionDate: Date | null }) {
  return m.outcomeDate ?? m.introducedOn ?? m.lastActionDate;
}

/** Leads first (in the order they were added), then the others newest first; the id breaks ties. */
export function orderMembers<T extends Pick<CampaignMember, 'role'> & { measure: CampaignMember['measure'] }>(
  members: T[],
): T[] {
  const byRecent = (a: T, b: T) =>
    (memberDate(b.measure)?.getTime() ?? 0) - (memberDate(a.measure)?.getTime() ?? 0) || a.measure.id - b.measure.id;
  return [...members.filter((m) => m.role === 'LEAD'), ...members.filter((m) => m.role !== 'LEAD').sort(byRecent)];
}

/** How many pages the full list has (at least one, so an empty campaign's list still has its page). */
export function memberPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
}

/** Page `page` (from 1) of the ordered members, or null when there is no such page. */
export function memberPage<T extends Pick<CampaignMember, 'role'> & { measure: CampaignMember['measure'] }>(
  members: T[],
  page: number,
): T[] | null {
  if (!Number.isInteger(page) || page < 1 || page > memberPageCount(members.length)) return null;
  return orderMembers(members).slice((page - 1) * MEMBERS_PAGE_SIZE, page * MEMBERS_PAGE_SIZE);
}
