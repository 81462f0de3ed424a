// "What changed": the events on everything the member follows since they last marked them seen, described in
// words and grouped by measure.
import 'server-only';
import { db } from '@/lib/db';
import { measureName } from '@/lib/format';
import { relationLabels } from '@/lib/measures/relations';
import type { RelationType } from '@/lib/generated/prisma/enums';
import { idArray, newEventsSql } from './followed';

export const FEED_LIMIT = 20;

type Json = Record<string, unknown> | null;

type EventInput = { entityType: string; operation: string; before: unknown; after: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** One line saying what an event changed, for a member rather than an auditor. */
export function describeChange(event: EventInput): string {
  const before = (event.before ?? null) as Json;
  const after = (event.after ?? null) as Json;
  switch (event.entityType) {
    case 'measure':
      if (event.operation === 'create') return 'Entered in the tracker';
      if (after && ('stage' in after || 'outcome' in after)) {
        const parts = ['stage', 'outcome']
          .filter((key) => key in after)
          .map((key) => `${key} ${text(before?.[key]) || '—'} → ${text(after[key])}`);
        return `Status changed: ${parts.join(', ')}`;
      }
      if (after && ('overrideStage' in after || 'overrideOutcome' in after)) return 'Status corrected by an editor';
      return 'Details edited';
    case 'action':
      if (event.operation === 'create') return `New action: ${text(after?.text)}`;
      return event.operation === 'delete' ? `Action removed: ${text(before?.text)}` : 'Action edited';
    case 'sponsorship': {
      const name = text(after?.nameAsGiven ?? before?.nameAsGiven);
      const kind = text(after?.kind ?? before?.kind) === 'primary' ? 'sponsor' : 'cosponsor';
      if (event.operation === 'create') return `New ${kind}${name ? `: ${name}` : ''}`;
      if (event.operation === 'delete')
        return `${kind[0]!.toUpperCase()}${kind.slice(1)} removed${name ? `: ${name}` : ''}`;
      if (after && after.withdrawnOn) return `Cosponsor withdrew${name ? `: ${name}` : ''}`;
      return 'Sponsorship edited';
    }
    case 'measureRelation': {
      const type = text(after?.type ?? before?.type) as RelationType;
      const label = relationLabels[type]?.outgoing.toLowerCase() ?? 'related';
      if (event.operation === 'create')
        return after?.incoming ? 'Another measure now relates to this one' : `New related measure (${label})`;
      if (event.operation === 'delete') return 'Related measure removed';
      if (after?.resolved) return 'A related measure was entered in the tracker; the link is complete';
      if (after && 'confirmedById' in after) return 'Related measure confirmed by an editor';
      return 'Related measure edited';
    }
    default:
      return 'Changed';
  }
}

export type ChangeGroup = {
  measure: { id: number; slug: string; name: string };
  events: { id: string; at: Date; summary: string; by: string }[];
};

type RawEvent = EventInput & {
  id: bigint;
  at: Date;
  measureId: number;
  slug: string;
  identifier: string | null;
  title: string;
  actorLabel: string | null;
  actorName: string | null;
  actorRole: string | null;
  total: number;
};

/**
 * The latest FEED_LIMIT new events on what the member follows, each with its measure and author, and how many there
 * are in all: one statement, one pass over the index of events by measure and time (which holds every column the
 * choice and the count need); only the latest are read whole.
 */
export async function getChangesSince(
  userId: string,
  measureIds: number[],
  since: Date,
): Promise<{ groups: ChangeGroup[]; total: number }> {
  if (measureIds.length === 0) return { groups: [], total: 0 };
  const where = newEventsSql(userId, idArray(measureIds), since);
  const events = await db.$queryRaw<RawEvent[]>`
    WITH latest AS (
      SELECT e."id", count(*) OVER ()::int AS "total" FROM "ChangeEvent" e WHERE ${where}
      ORDER BY e."at" DESC, e."id" DESC LIMIT ${FEED_LIMIT}
    )
    SELECT e."id", e."at", e."entityType", e."operation", e."before", e."after", e."measureId", e."actorLabel",
      m."slug", m."identifier", m."title", u."name" AS "actorName", u."role"::text AS "actorRole",
      latest."total"
    FROM latest JOIN "ChangeEvent" e ON e."id" = latest."id" JOIN "Measure" m ON m."id" = e."measureId" LEFT JOIN "User" u ON u."id" = e."actorId"
    ORDER BY e."at" DESC, e."id" DESC`;
  const groups = new Map<number, ChangeGroup>();
  for (const event of events) {
    const group = groups.get(event.measureId) ?? {
      measure: { id: event.measureId, slug: event.slug, name: measureName(event) },
      events: [],
    };
    group.events.push({
      id: String(event.id),
      at: event.at,
      summary: describeChange(event),
      by: event.actorRole
        ? (event.actorName ?? (event.actorRole === 'member' ? 'a member' : `an ${event.actorRole}`))
        : (event.actorLabel ?? 'the system'),
    });
    groups.set(event.measureId, group);
  }
  return { groups: [...groups.values()], total: events[0]?.total ?? 0 };
}
