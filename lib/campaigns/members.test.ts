import { describe, expect, it } from 'vitest';
import { MEMBERS_PAGE_SIZE, memberPage, memberPageCount, orderMembers, type CampaignMember } from './members';

const member = (id: number, role: CampaignMember['role'], date: string | null): CampaignMember => ({
  role,
  measure: {
    id,
    slug: `m-${id}`,
    identifier: null,
    title: `Measure ${id}`,
    type: 'resolution',
    stage: 'introduced',
    outcome: 'pending',
    introducedOn: date ? new Date(date) : null,
    outcomeDate: null,
    lastActionDate: null,
    originBody: { id: 1, slug: 'council', name: 'Council' },
  },
});

describe('campaign member order and pages', () => {
  it('puts leads first, then the most recent, undated last, the id breaking ties', () => {
    const ordered = orderMembers([
      member(1, 'ENDORSEMENT', '2021-01-01'),
      member(2, 'ENDORSEMENT', null),
      member(3, 'LEAD', '2020-01-01'),
      member(4, 'COMPANION', '2023-05-01'),
      member(5, 'ENDORSEMENT', '2021-01-01'),
    ]);
    expect(ordered.map((m) => m.measure.id)).toEqual([3, 4, 1, 5, 2]);
  });

  it('pages through every member once, and has no page 0 or past the last', () => {
    const members = Array.from({ length: 2 * MEMBERS_PAGE_SIZE + 5 }, (_, i) =>
      member(i + 1, i === 7 ? 'LEAD' : 'ENDORSEMENT', `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    expect(memberPageCount(members.length)).toBe(3);
    const pages = [1, 2, 3].map((n) => memberPage(members, n)!);
    expect(pages.map((p) => p.length)).toEqual([MEMBERS_PAGE_SIZE, MEMBERS_PAGE_SIZE, 5]);
    expect(pages[0]![0]!.measure.id).toBe(8);
    expect(new Set(pages.flat().map((m) => m.measure.id)).size).toBe(members.length);
    expect(memberPage(members, 0)).toBeNull();
    expect(memberPage(members, 4)).toBeNull();
    expect(memberPage(members, 1.5)).toBeNull();
    // An empty campaign still has its first page, empty.
    expect(memberPageCount(0)).toBe(1);
    expect(memberPage([], 1)).toEqual([]);
  });
});
