// Every write of the app records one change event, in the same transaction as the write:
// the audit trail, and what alerts are made from.

import type { DbClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A client or the client inside `db.$transaction(async (tx) => ...)`: what data functions take. */
export type DbTx = Omit<DbClient, '$connect' | '$disconnect' | '$on' | '$use' | '$extends'>;

/** Entity names are the Prisma model names in camelCase, as on the client: `tx.measureTarget`. */
export type ChangeEntityType =
  | 'jurisdiction'
  | 'body'
  | 'person'
  | 'externalIdentifier'
  | 'membership'
  | 'legislativeSession'
  | 'measure'
  | 'action'
  | 'sponsorship'
  | 'measureRelation'
  | 'measureTarget'
  | 'source'
  | 'sourceCitation'
  | 'campaign'
  | 'campaignMeasure'
  | 'placeDistrict'
  | 'meeting'
  | 'follow'
  | 'savedSearch'
  | 'position'
  | 'user';

export type ChangeOperation = 'create' | 'update' | 'delete';

export type Actor = { actorId?: string | null; actorLabel?: string | null };

export type ChangeInput = Actor & {
  entityType: ChangeEntityType;
  entityId: string | number | bigint;
  operation: ChangeOperation;
  /** The measure concerned, so its followers can be told. */
  measureId?: number | null;
  before?: unknown;
  after?: unknown;
};

// Without a replacer first: it is called for every key (an import's rows by the hundred), and only a bigint needs it.
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  }
}

/**
 * JSON as PostgreSQL stores it: Dates as ISO strings, bigints as strings, undefined dropped.
 * Null or undefined becomes undefined, which leaves the column NULL.
 */
export function toJsonValue(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const text = jsonText(value);
  return text === undefined ? undefined : (JSON.parse(text) as Prisma.InputJsonValue);
}

/** The row of a change event, for recordChange or for writing several at once (createMany). */
export function changeEventData(change: ChangeInput): Prisma.ChangeEventCreateManyInput {
  if (!change.actorId && !change.actorLabel) {
    throw new Error(
      `A change to ${change.entityType} ${change.entityId} must name who made it (actorId or actorLabel).`,
    );
  }
  return {
    actorId: change.actorId ?? null,
    actorLabel: change.actorLabel ?? null,
    entityType: change.entityType,
    entityId: String(change.entityId),
    operation: change.operation,
    measureId: change.measureId ?? null,
    before: toJsonValue(change.before),
    after: toJsonValue(change.after),
  };
}

export async function recordChange(tx: DbTx, change: ChangeInput) {
  return tx.changeEvent.create({ data: changeEventData(change) });
}
