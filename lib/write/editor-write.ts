// What every editor's write shares (measures, people, bodies): one transaction that first claims the version the
// editor loaded (optimistic locking: a stale version refuses the save and nothing is overwritten), refusals that roll
// it back with a reason, and one rule that turns a refusal, a lost race or a duplicate key into the form's answer
// (400 with the fields to correct, 409 with the record as it is now).

import type { CurrentRecord, MutationResult } from '@/lib/actions/settle';
import type { Actor, DbTx } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { isUniqueViolation } from './duplicate-key';

export type { CurrentRecord, MutationResult };

/** Who writes, through which client: what every editor's data function is given. */
export type WriteContext = { db: DbClient; actor: Actor };

/** Thrown inside a transaction to roll it back and refuse the save with a reason. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** Thrown inside a transaction when the version the editor loaded is no longer the current one. */
export class VersionConflict extends Error {}

export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

/** Refuses the save with `message` shown at `field`. */
export const refuse = (field: string, message: string): never => {
  throw new Refusal('Please correct the marked field.', { [field]: [message] });
};

/**
 * The duplicate-key rule. The only unique value an editor types is an external identifier: two editors adding the same
 * one at once are told at the identifier field (the check before the insert cannot see the other's uncommitted row).
 * Any other duplicate key is not the editor's to correct and stays an error.
 */
function duplicateKeyRefusal(error: unknown): Refusal | null {
  if (!isUniqueViolation(error)) return null;
  const model = (error as { meta?: { modelName?: string } }).meta?.modelName;
  if (model !== undefined && model !== 'ExternalIdentifier') return null;
  return new Refusal('Please correct the marked field.', {
    value: ['This identifier was just taken by another record; reload the page.'],
  });
}

/**
 * Runs `work` and turns its refusals into form state. `what` names the record for the conflict message ("measure",
 * "person", "body"); `loaded` is the version the editor loaded; `current` reads the record as it is now.
 */
export async function guarded<T>(
  what: string,
  loaded: number | null,
  current: () => Promise<CurrentRecord | null>,
  work: () => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  try {
    return await work();
  } catch (caught) {
    const error = duplicateKeyRefusal(caught) ?? caught;
    if (error instanceof Refusal) return { ok: false, status: 400, message: error.message, errors: error.errors };
    if (error instanceof VersionConflict) {
      const now = await current();
      const by = now?.savedBy ? ` by ${now.savedBy}` : '';
      return {
        ok: false,
        status: 409,
        message:
          `Someone else saved this ${what} while you were editing${by}: you loaded version ${loaded}, version ${now?.version} is now current. ` +
          'Your change was not saved and nothing was overwritten. Check the current values, then reload the page to edit them.',
        current: now ?? undefined,
      };
    }
    throw error;
  }
}

type Versioned = 'measure' | 'person' | 'body';

type VersionDelegate = {
  updateMany: (args: {
    where: { id: number; version: number };
    data: { version: { increment: 1 } };
  }) => Promise<{ count: number }>;
  count: (args: { where: { id: number } }) => Promise<number>;
};

/**
 * Claims the version the editor loaded by moving it on; a version that moved on since means someone else saved
 * (VersionConflict), a missing row that the record was deleted (Refusal).
 */
export async function claimVersion(tx: DbTx, table: Versioned, id: number, version: number): Promise<void> {
  const delegate = tx[table] as unknown as VersionDelegate;
  const claimed = await delegate.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count > 0) return;
  if (!(await delegate.count({ where: { id } }))) throw new Refusal(`This ${table} no longer exists.`);
  throw new VersionConflict();
}
