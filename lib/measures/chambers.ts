/** What to select on a measure's origin body to know how many chambers must pass it. */
export const chambersSelect = {
  classification: true,
  parent: {
    select: { classification: true, _count: { select: { children: { where: { classification: 'chamber' } } } } },
  },
} as const;

type Origin = {
  classification: string;
  parent: { classification: string; _count: { children: number } } | null;
};

/**
 * A bicameral measure needs both chambers: its origin is a chamber of a legislature with two or more chambers.
 * A city council, or a committee, counts as one.
 */
export function chambersOf(origin: Origin): 1 | 2 {
  const parent = origin.parent;
  const bicameral =
    origin.classification === 'chamber' && parent?.classification === 'legislature' && parent._count.children >= 2;
  return bicameral ? 2 : 1;
}
