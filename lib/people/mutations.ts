// The editor's writes to a person and what belongs to it (external identifiers, memberships). Each runs in one
// transaction that first claims the version the editor loaded (optimistic locking: a stale version refuses the save
// and nothing is overwritten), records a change event with before and after, and returns the records it changed so
// the server action can update exactly their cache tags. The refusal machinery is the one every editor uses
// (lib/write/editor-write.ts).

import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type DbTx } from '@/lib/changes/record-change';
import { slugify } from '@/lib/measures/identifier';
import { diff } from '@/lib/write/compare';
import {
  Refusal,
  TX_OPTIONS,
  claimVersion,
  guarded,
  refuse,
  type CurrentRecord,
  type MutationResult,
  type WriteContext,
} from '@/lib/write/editor-write';
import { addIdentifier, removeIdentifier } from '@/lib/write/external-identifiers';
import { lastSavedBy } from '@/lib/write/last-saved';
import { uniqueSlug } from '@/lib/write/unique-slug';
import type {
  AddPersonIdentifierInput,
  CreateMembershipInput,
  CreatePersonInput,
  MembershipInput,
  PersonRef,
  RemovePersonChildInput,
  UpdatePersonInput,
} from './schemas';

export type { CurrentRecord, MutationResult, WriteContext } from '@/lib/write/editor-write';

// ---------- Person ----------

const personSelect = { name: true, givenName: true, familyName: true, url: true } as const;

/** The person's details as the form shows them, with who saved them last: what a refused editor is shown. */
export async function getCurrentPerson(db: DbTx, personId: number): Promise<CurrentRecord | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      version: true,
      ...personSelect,
      identifiers: { select: { scheme: true, value: true }, orderBy: { scheme: 'asc' } },
      _count: { select: { memberships: true } },
    },
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
  return guarded(
    'person',
    ref.version,
    () => getCurrentPerson(ctx.db, ref.personId),
    async () => {
      const { person, value, bodyIds } = await ctx.db.$transaction(async (tx) => {
        await claimVersion(tx, 'person', ref.personId, ref.version);
        const person = await tx.person.findUniqueOrThrow({
          where: { id: ref.personId },
          select: { id: true, slug: true },
        });
        return { person, ...(await write(tx, person)) };
      }, TX_OPTIONS);
      return { ok: true, value, changed: personChanged(person, bodyIds) };
    },
  );
}

export async function createPerson(
  ctx: WriteContext,
  input: CreatePersonInput,
): Promise<MutationResult<{ id: number; slug: string }>> {
  return guarded(
    'person',
    null,
    async () => null,
    async () => {
      const person = await ctx.db.$transaction(async (tx) => {
        const slug = await uniqueSlug(tx, 'person', slugify(input.name) || 'unnamed');
        const created = await tx.person.create({ data: { slug, ...input } });
        await recordChange(tx, {
          ...ctx.actor,
          entityType: 'person',
          entityId: created.id,
          operation: 'create',
          after: created,
        });
        return created;
      }, TX_OPTIONS);
      return { ok: true, value: { id: person.id, slug: person.slug }, changed: personChanged(person) };
    },
  );
}

export async function updatePerson(ctx: WriteContext, input: UpdatePersonInput) {
  const { id, version, ...fields } = input;
  return writePerson(ctx, { personId: id, version }, async (tx, person) => {
    const before = await tx.person.findUniqueOrThrow({ where: { id: person.id }, select: personSelect });
    const change = diff(before, fields);
    if (change.changed) {
      await tx.person.update({ where: { id: person.id }, data: fields });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'person',
        entityId: person.id,
        operation: 'update',
        before: change.before,
        after: change.after,
      });
    }
    return { value: { id: person.id } };
  });
}

export async function addPersonIdentifier(ctx: WriteContext, input: AddPersonIdentifierInput) {
  return writePerson(ctx, input, (tx, person) => addIdentifier(tx, ctx.actor, { personId: person.id }, input));
}

export async function removePersonIdentifier(ctx: WriteContext, input: RemovePersonChildInput) {
  return writePerson(ctx, input, (tx, person) => removeIdentifier(tx, ctx.actor, { personId: person.id }, input.id));
}

// ---------- Memberships ----------

async function checkMembershipRefs(tx: DbTx, input: CreateMembershipInput) {
  if (!(await tx.body.count({ where: { id: input.bodyId } })))
    refuse('bodyId', 'That body no longer exists; choose another.');
  if (input.sessionId != null) {
    const session = await tx.legislativeSession.findUnique({
      where: { id: input.sessionId },
      select: { bodyId: true, body: { select: { name: true } } },
    });
    if (!session) refuse('sessionId', 'That session no longer exists; choose another.');
    else if (session.bodyId !== input.bodyId)
      refuse(
        'sessionId',
        `That session belongs to ${session.body.name}; choose a session of the body picked above, or none.`,
      );
  }
}

const membershipData = (input: CreateMembershipInput) => ({
  bodyId: input.bodyId,
  role: input.role,
  district: input.district,
  state: input.state,
  party: input.party,
  startDate: input.startDate,
  endDate: input.endDate,
  sessionId: input.sessionId,
});

export async function addMembership(ctx: WriteContext, input: CreateMembershipInput) {
  return writePerson(ctx, input, async (tx, person) => {
    await checkMembershipRefs(tx, input);
    const membership = await tx.membership.create({ data: { personId: person.id, ...membershipData(input) } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'membership',
      entityId: membership.id,
      operation: 'create',
      after: membership,
    });
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
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'membership',
        entityId: current.id,
        operation: 'update',
        before: { personId: person.id, ...change.before },
        after: { personId: person.id, ...change.after },
      });
    }
    return { value: { id: current.id }, bodyIds: [current.bodyId, input.bodyId] };
  });
}

export async function removeMembership(ctx: WriteContext, input: RemovePersonChildInput) {
  return writePerson(ctx, input, async (tx, person) => {
    const current = await tx.membership.findFirst({ where: { id: input.id, personId: person.id } });
    if (!current) throw new Refusal('This membership was already removed; reload the page.');
    await tx.membership.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'membership',
      entityId: current.id,
      operation: 'delete',
      before: current,
    });
    return { value: { id: current.id }, bodyIds: [current.bodyId] };
  });
}
