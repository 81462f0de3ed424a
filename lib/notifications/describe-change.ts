// One line that tells a follower what changed, from a change event and the public record it concerns. Only public
// fields are named: notifications and emails go to every follower.
import type { Prisma } from '@/lib/generated/prisma/client';

export type ChangeFacts = {
  entityType: string;
  operation: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

type Json = Record<string, unknown>;
const asObject = (value: Prisma.JsonValue): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const words = (value: unknown) => String(value).replaceAll('_', ' ');

const NOUNS: Record<string, string> = {
  action: 'Action',
  sponsorship: 'Sponsor',
  measureTarget: 'Addressee',
  measureRelation: 'Related measure',
  source: 'Source',
  sourceCitation: 'Source',
  membership: 'Membership',
  externalIdentifier: 'Identifier',
  campaignMeasure: 'Campaign membership',
};

const VERBS: Record<string, string> = { create: 'added', update: 'updated', delete: 'removed' };

function statusChange(before: Json, after: Json): string | null {
  const parts: string[] = [];
  if ('stage' in after && after.stage !== before.stage)
    parts.push(`stage ${words(before.stage ?? '—')} → ${words(after.stage)}`);
  if ('outcome' in after && after.outcome !== before.outcome)
    parts.push(`outcome ${words(before.outcome ?? '—')} → ${words(after.outcome)}`);
  return parts.length ? `Status changed: ${parts.join(', ')}` : null;
}

/** "Status changed: stage introduced → passed", "Action added: Referred to committee", "Details updated". */
export function describeChange(change: ChangeFacts): string {
  const before = asObject(change.before);
  const after = asObject(change.after);
  const verb = VERBS[change.operation] ?? change.operation;
  if (['measure', 'person', 'body'].includes(change.entityType)) {
    if (change.operation === 'create') return 'Added to the tracker';
    if (change.operation === 'delete') return 'Removed from the tracker';
    return (
      statusChange(before, after) ??
      `Details updated: ${
        Object.keys(after)
          .filter((key) => key !== 'version')
          .join(', ') || 'details'
      }`
    );
  }
  // A meeting's agenda (lib/sync/legistar.ts): the sentence was written with the council's own time zone.
  if (change.entityType === 'meeting') {
    const text = (change.operation === 'delete' ? before : after).text;
    if (typeof text === 'string' && text) return text.slice(0, 200);
  }
  const noun = NOUNS[change.entityType] ?? words(change.entityType);
  const record = change.operation === 'delete' ? before : after;
  const detail = record.text ?? record.nameAsGiven ?? record.entityName ?? record.title ?? record.role;
  return typeof detail === 'string' && detail ? `${noun} ${verb}: ${detail.slice(0, 200)}` : `${noun} ${verb}`;
}
