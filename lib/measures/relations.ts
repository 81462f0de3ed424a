import type { RelationType } from '@/lib/generated/prisma/enums';

/** How a relation reads from each end: "Endorses" on the endorsing measure, "Endorsed by" on the other. */
export const relationLabels: Record<RelationType, { outgoing: string; incoming: string }> = {
  endorses: { outgoing: 'Endorses', incoming: 'Endorsed by' },
  opposes: { outgoing: 'Opposes', incoming: 'Opposed by' },
  companion: { outgoing: 'Companion measure', incoming: 'Companion measure' },
  identical: { outgoing: 'Identical to', incoming: 'Identical to' },
  similar: { outgoing: 'Similar to', incoming: 'Similar to' },
  supersedes: { outgoing: 'Supersedes', incoming: 'Superseded by' },
  responds_to: { outgoing: 'Responds to', incoming: 'Responded to by' },
  prior_session: { outgoing: 'Reintroduces (prior session)', incoming: 'Reintroduced as' },
};
