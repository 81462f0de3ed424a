// The editor's writes to a person and what belongs to it (external identifiers, memberships). Each runs in one
// transaction that first claims the version the editor loaded (optimistic locking: a stale version refuses the save
// and nothing is overwritten), records a change event with before and after, and returns the records it changed so
// the server action can update exactly their cache tags. The refusal machinery is shared with lib/bodies/mutations.ts.

import type { CurrentRecord, MutationResult } from '@/lib/actions/settle';
import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { slugify } from '@/lib/measures/identifier';
import type {
  AddPersonIdentifierInput, CreateMembershipInput, CreatePersonInput, MembershipInput, PersonRef, RemovePersonChildInput, UpdatePersonInput,
} from './schemas';

export type WriteContext = { db: DbClient; actor: Actor };

export type { CurrentRecord, MutationResult };

/** Thrown inside a transaction to roll it back and refuse the save with a reason. */
export class Refusal extends Error {
  constructor(message: string, readonly errors?: Record<string, string[]>) {
    super(message);
  }
}

export class VersionConflict extends Error {}

export const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

export const refuse = (field: string, message: string): never => {
  throw new Refusal('Please correct the marked field.', { [field]: [message] });
};

const isUniqueViolation = (error: unknown) => typeof error === 'object' && error != null && (error as { code?: string }).code === 'P2002';

/**
 * Runs `work` and turns its refusals into form state. `what` names the record for the conflict message ("person");
 * `current` reads it as it is now.
 */
export async function guarded<T>(
  what: string,
  loaded: number | null,
  current: () => Promise<CurrentRecord | null>,
  work: () => Promise<MutationResult<T>>,
): Promise<MutationResult<T>> {
  try {
    return await work();
  } catch (error) {
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
    // Two editors adding the same identifier at once: the unique index decides, the loser is told.
    if (isUniqueViolation(error)) {
      return { ok: false, status: 400, message: 'Please correct the marked field.', errors: { value: ['This identifier was just taken by another record; reload the page.'] } };
    }
    throw error;
  }
}

/** The fields that differ, as before/after for a change event. */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const [x, y] = [before[key], after[key]];
    const same = x instanceof Date || y instanceof Date ? (x as Date | null)?.getTime() === (y as Date | null)?.getTime() : JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
    if (!same) {
      b[key] = x ?? null;
      a[key] = y ?? null;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

/** A slug no other record of the table has: `base`, else `base-2`, `base-3`... */
export async function freeSlug(taken: (base: string) => Promise<string[]>, name: string): Promise<string> {
  const base = slugify(name) || 'unnamed';
  const used = new Set(await taken(base));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Refuses an identifier another record already holds, naming who holds it. */
export async function checkIdentifierFree(tx: DbTx, scheme: string, value: string) {
  const held = await tx.externalIdentifier.findUnique({
    where: { scheme_value: { scheme, value } },
    select: { person: { select: { name: true } }, body: { select: { name: true } } },
  });
  if (!held) return;
  const holder = held.person ? `the person ${held.person.name}` : held.body ? `the body ${held.body.name}` : 'another record';
  refuse('value', `${scheme} ${value} is already held by ${holder}; an identifier belongs to one record only.`);
}

export async function lastSavedBy(db: DbTx, entityType: 'person' | 'body', entityId: number) {
  const last = await db.changeEvent.findFirst({
    where: { entityType, entityId: String(entityId) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true, actorLabel: true, actor: { select: { name: true, email: true } } },
  });
  return { savedBy: last ? (last.actor ? (last.actor.name ?? last.actor.email) : last.actorLabel) : null, savedAt: last?.at ?? null };
}

// ---------- Person ----------

const personSelect = { name: true, givenName: true, familyName: true, url: true } as const;

/** The person's details as the form shows them, with who saved them last: what a refused editor is shown. */
export async function getCurrentPerson(db: DbTx, personId: number): Promise<CurrentRecord | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: { version: true, ...personSelect, identifiers: { select: { scheme: true, value: true }, orderBy: { scheme: 'asc' } }, _count: { select: { memberships: true } } },
  });
  if (!person) return null;
  return {
    version: person.version,
    values: {
      name: person.name,
      givenName: person.givenName ?? '',
      familyName: person.familyName ?? '',
      url: person.url ?? '',
      identifiers: person.identifiers.map((i) => `${i.scheme} ${i.value}`).join(', '),
      memberships: String(person._count.memberships),
    },
    ...(await lastSavedBy(db, 'person', personId)),
  };
}

const personChanged = (person: { id: number; slug: string }, bodyIds: number[] = []): ChangedRecord[] => [
  { kind: 'person', id: person.id, slug: person.slug },
  ...[...new Set(bodyIds)].map((id): ChangedRecord => ({ kind: 'body', id })),
];

/** Runs `write` in a transaction after claiming the person's version; a version that moved on refuses the save. */
async function writePerson<T>(
  ctx: WriteContext,
  ref: PersonRef,
  write: (tx: DbTx, person: { id: number; slug: string }) => Promise<{ value: T; bodyIds?: number[] }>,
): Promise<MutationResult<T>> {
  return guarded('person', ref.version, () => getCurrentPerson(ctx.db, ref.personId), async () => {
    const { person, value, bodyIds } = await ctx.db.$transaction(async (tx) => {
      const claimed = await tx.person.updateMany({ where: { id: ref.personId, version: ref.version }, data: { version: { increment: 1 } } });
      if (claimed.count === 0) {
        if (!(await tx.person.count({ where: { id: ref.personId } }))) throw new Refusal('This person no longer exists.');
        throw new VersionConflict();
      }
      const person = await tx.person.findUniqueOrThrow({ where: { id: ref.personId }, select: { id: true, slug: true } });
      return { person, ...(await write(tx, person)) };
    }, TX_OPTIONS);
    return { ok: true, value, changed: personChanged(person, bodyIds) };
  });
}

export async function createPerson(ctx: WriteContext, input: CreatePersonInput): Promise<MutationResult<{ id: number; slug: string }>> {
  return guarded('person', null, async () => null, async () => {
    const person = await ctx.db.$transaction(async (tx) => {
      const slug = await freeSlug(async (base) => (await tx.person.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug), input.name);
      const created = await tx.person.create({ data: { slug, ...input } });
      await recordChange(tx, { ...ctx.actor, entityType: 'person', entityId: created.id, operation: 'create', after: created });
      return created;
    }, TX_OPTIONS);
    return { ok: true, value: { id: person.id, slug: person.slug }, changed: personChanged(person) };
  });
}

export async function updatePerson(ctx: WriteContext, input: UpdatePersonInput) {
  const { id, version, ...fields } = input;
  return writePerson(ctx, { personId: id, version }, async (tx, person) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: person.id }, select: personSelect });
    const change = diff(before, fields);
    if (change.changed) {
      await tx.person.update({ where: { id: person.id }, data: fields });
      await recordChange(tx, { ...ctx.actor, entityType: 'person', entityId: person.id, operation: 'update', before: change.before, after: change.after });
    }
    return { value: { id: person.id } };
  });
}

export async function addPersonIdentifier(ctx: WriteContext, input: AddPersonIdentifierInput) {
  return writePerson(ctx, input, async (tx, person) => {
    await checkIdentifierFree(tx, input.scheme, input.value);
    const identifier = await tx.externalIdentifier.create({ data: { scheme: input.scheme, value: input.value, personId: person.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'externalIdentifier', entityId: identifier.id, operation: 'create', after: identifier });
    return { value: { id: identifier.id } };
  });
}

export async function removePersonIdentifier(ctx: WriteContext, input: RemovePersonChildInput) {
  return writePerson(ctx, input, async (tx, person) => {
    const current = await tx.externalIdentifier.findFirst({ where: { id: input.id, personId: person.id } });
    if (!current) throw new Refusal('This identifier was already removed; reload the page.');
    await tx.externalIdentifier.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'externalIdentifier', entityId: current.id, operation: 'delete', before: current });
    return { value: { id: current.id } };
  });
}

// ---------- Memberships ----------

async function checkMembershipRefs(tx: DbTx, input: CreateMembershipInput) {
  if (!(await tx.body.count({ where: { id: input.bodyId } }))) refuse('bodyId', 'That body no longer exists; choose another.');
  if (input.sessionId != null) {
    const session = await tx.legislativeSession.findUnique({ where: { id: input.sessionId }, select: { bodyId: true, body: { select: { name: true } } } });
    if (!session) refuse('sessionId', 'That session no longer exists; choose another.');
    else if (session.bodyId !== input.bodyId) refuse('sessionId', `That session belongs to ${session.body.name}; choose a session of the body picked above, or none.`);
  }
}

const membershipData = (input: CreateMembershipInput) => ({
  bodyId: input.bodyId, role: input.role, district: input.district, state: input.state, party: input.party,
  startDate: input.startDate, endDate: input.endDate, sessionId: input.sessionId,
});

export async function addMembership(ctx: WriteContext, input: CreateMembershipInput) {
  return writePerson(ctx, input, async (tx, person) => {
    await checkMembershipRefs(tx, input);
    const membership = await tx.membership.create({ data: { personId: person.id, ...membershipData(input) } });
    await recordChange(tx, { ...ctx.actor, entityType: 'membership', entityId: membership.id, operation: 'create', after: membership });
    return { value: { id: membership.id }, bodyIds: [membership.bodyId] };
  });
}

export async function updateMembership(ctx: WriteContext, input: MembershipInput) {
  return writePerson(ctx, input, async (tx, person) => {
    const current = await tx.membership.findFirst({ where: { id: input.id, personId: person.id } });
    if (!current) throw new Refusal('This membership was removed; reload the page.');
    await checkMembershipRefs(tx, input);
    const data = membershipData(input);
    const change = diff(current, data);
    if (change.changed) {
      await tx.membership.update({ where: { id: current.id }, data });
      await recordChange(tx, { ...ctx.actor, entityType: 'membership', entityId: current.id, operation: 'update', before: { personId: person.id, ...change.before }, after: { personId: person.id, ...change.after } });
    }
    return { value: { id: current.id }, bodyIds: [current.bodyId, input.bodyId] };
  });
}

export async function removeMembership(ctx: WriteContext, input: RemovePersonChildInput) {
  return writePerson(ctx, input, async (tx, person) => {
    const current = await tx.membership.findFirst({ where: { id: input.id, personId: person.id } });
    if (!current) throw new Refusal('This membership was already removed; reload the page.');
    await tx.membership.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'membership', entityId: current.id, operation: 'delete', before: current });
    return { value: { id: current.id }, bodyIds: [current.bodyId] };
  });
}
