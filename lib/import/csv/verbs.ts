/** The verbs of MeasureTarget (prisma/schema.prisma), as the CSV "verb" column takes them. */
export const TARGET_VERBS = ['calls_upon', 'urges', 'requests', 'condemns', 'commends', 'supports', 'opposes'] as const;
