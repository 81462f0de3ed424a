// "What changed": the events on everything the member follows since they last marked them seen, described in
// words and grouped by measure.
import 'server-only';
import { db } from '@/lib/db';
import { measureName } from '@/lib/format';
import { relationLabels } from '@/lib/measures/relations';
import type { RelationType } from '@/lib/generated/prisma/enums';
import { newEventsWhere } from './queries';

export const FEED_LIMIT = 50;

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
        const parts = ['stage', 'outcome'].filter((key) => key in after).map((key) => `${key} ${text(before?.[key]) || '—'} → ${text(after[key])}`);
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
      if (event.operation === 'delete') return `${kind[0]!.toUpperCase()}${kind.slice(1)} removed${name ? `: ${name}` : ''}`;
      if (after && after.withdrawnOn) return `Cosponsor withdrew${name ? `: ${name}` : ''}`;
      return 'Sponsorship edited';
    }
    case 'measureRelation': {
      const type = text(after?.type ?? before?.type) as RelationType;
      const label = relationLabels[type]?.outgoing.toLowerCase() ?? 'related';
      if (event.operation === 'create') return after?.incoming ? 'Another measure now relates to this one' : `New related measure (${label})`;
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

export async function getChangesSince(userId: string, measureIds: number[], since: Date): Promise<{ groups: ChangeGroup[]; total: number }> {
  if (measureIds.length === 0) return { groups: [], total: 0 };
  const where = newEventsWhere(userId, measureIds, since);
  const [events, total] = await Promise.all([
    db.changeEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: FEED_LIMIT,
      select: { id: true, at: true, entityType: true, operation: true, before: true, after: true, measureId: true, actorLabel: true, actor: { select: { name: true, role: true } } },
    }),
    db.changeEvent.count({ where }),
  ]);
  const ids = [...new Set(events.map((e) => e.measureId!))];
  const measures = await db.measure.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, identifier: true, title: true } });
  const byId = new Map(measures.map((m) => [m.id, { id: m.id, slug: m.slug, name: measureName(m) }]));
  const groups = new Map<number, ChangeGroup>();
  for (const event of events) {
    const measure = byId.get(event.measureId!);
    if (!measure) continue;
    const group = groups.get(measure.id) ?? { measure, events: [] };
    group.events.push({
      id: String(event.id), at: event.at, summary: describeChange(event),
      by: event.actor ? (event.actor.name ?? (event.actor.role === 'member' ? 'a member' : `an ${event.actor.role}`)) : (event.actorLabel ?? 'the system'),
    });
    groups.set(measure.id, group);
  }
  return { groups: [...groups.values()], total };
}
