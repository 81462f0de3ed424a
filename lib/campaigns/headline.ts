// The campaign's headline: "3 councils and 1 state legislature have endorsed H.Res. 240", counted from the kinds of
// the endorsing bodies' jurisdictions (a municipality's body is a council, a state's a state legislature...).
import type { DbTx } from '@/lib/changes/record-change';

const KINDS: Record<string, [string, string]> = {
  municipality: ['council', 'councils'],
  city: ['council', 'councils'],
  place: ['council', 'councils'],
  county: ['county board', 'county boards'],
  state: ['state legislature', 'state legislatures'],
  country: ['national legislature', 'national legislatures'],
};
const ORDER = ['council', 'county board', 'state legislature', 'national legislature', 'other body'];

export type Headline = { text: string; endorsed: number; pending: number; counts: { kind: string; count: number }[] };

function joinWords(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Counts by kind of the confirmed endorsements that were adopted, and how many are pending. */
export function headlineText(
  endorsements: { classification: string; adopted: boolean }[],
  leadName: string | null,
): Headline {
  const counts = new Map<string, number>();
  let pending = 0;
  for (const e of endorsements) {
    if (!e.adopted) {
      pending += 1;
      continue;
    }
    const kind = KINDS[e.classification]?.[0] ?? 'other body';
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const ordered = ORDER.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
  const endorsed = ordered.reduce((sum, c) => sum + c.count, 0);
  const phrase = (kind: string, count: number) => {
    const plural = Object.values(KINDS).find(([one]) => one === kind)?.[1] ?? 'other bodies';
    return `${count} ${count === 1 ? kind : plural}`;
  };
  const target = leadName ?? 'the campaign';
  const text =
    endorsed === 0
      ? `No body has endorsed ${target} yet`
      : `${joinWords(ordered.map((c) => phrase(c.kind, c.count)))} ${endorsed === 1 ? 'has' : 'have'} endorsed ${target}`;
  return { text, endorsed, pending, counts: ordered };
}

export async function getCampaignHeadline(db: DbTx, campaignId: number): Promise<Headline> {
  const members = await db.campaignMeasure.findMany({
    where: { campaignId, status: 'CONFIRMED', role: { in: ['LEAD', 'ENDORSEMENT'] } },
    select: {
      role: true,
      measure: {
        select: { identifier: true, title: true, outcome: true, jurisdiction: { select: { classification: true } } },
      },
    },
    orderBy: { createdAt: 'asc' },
  });
  const lead = members.find((m) => m.role === 'LEAD')?.measure;
  return headlineText(
    members
      .filter((m) => m.role === 'ENDORSEMENT')
      .map((m) => ({
        classification: m.measure.jurisdiction.classification,
        adopted: m.measure.outcome === 'adopted' || m.measure.outcome === 'became_law',
      })),
    lead ? (lead.identifier ?? lead.title) : null,
  );
}
