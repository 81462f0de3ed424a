// The editor's writes to a body and its external identifiers, on the same terms as the people editor (both use the
// one editor write path, lib/write/editor-write.ts): one transaction that claims the version the editor loaded, a
// change event with before and after, and the records changed so the action can update their tags.
// A parent must not make a cycle: neither the body itself nor one of its descendants.

import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type DbTx } from '@/lib/changes/record-change';
import { slugify } from '@/lib/measures/identifier';
import { diff } from '@/lib/write/compare';
import {
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
  AddBodyIdentifierInput,
  BodyRef,
  CreateBodyInput,
  RemoveBodyIdentifierInput,
  UpdateBodyInput,
} from './schemas';

export type { MutationResult, WriteContext } from '@/lib/write/editor-write';

const bodySelect = {
  name: true,
  shortName: true,
  classification: true,
  jurisdictionId: true,
  parentId: true,
  url: true,
} as const;

/** The body's details as the form shows them, with who saved them last: what a refused editor is shown. */
export async function getCurrentBody(db: DbTx, bodyId: number): Promise<CurrentRecord | null> {
  const body = await db.body.findUnique({
    where: { id: bodyId },
    select: {
      version: true,
      name: true,
      shortName: true,
      classification: true,
      url: true,
      jurisdiction: { select: { name: true } },
      parent: { select: { name: true } },
      identifiers: { select: { scheme: true, value: true }, orderBy: { scheme: 'asc' } },
    },
  });
  if (!body) return null;
  return {
    version: body.version,
    values: {
      name: body.name,
      shortName: body.shortName ?? '',
      classification: body.classification.replace(/_/g, ' '),
      jurisdiction: body.jurisdiction?.name ?? '',
      parent: body.parent?.name ?? '',
      url: body.url ?? '',
      identifiers: body.identifiers.map((i) => `${i.scheme} ${i.value}`).join(', '),
    },
    ...(await lastSavedBy(db, 'body', bodyId)),
  };
}

const bodyChanged = (
  body: { id: number; slug: string },
  related: (number | null | undefined)[] = [],
): ChangedRecord[] => [
  { kind: 'body', id: body.id, slug: body.slug },
  ...[...new Set(related.filter((id): id is number => typeof id === 'number' && id !== body.id))].map(
    (id): ChangedRecord => ({ kind: 'body', id }),
  ),
];

async function checkParent(tx: DbTx, bodyId: number | null, parentId: number | null) {
  if (parentId == null) return;
  if (parentId === bodyId) refuse('parentId', 'A body cannot be its own parent.');
  // Walk up from the proposed parent: meeting the body itself means the parent is one of its descendants.
  let at: number | null = parentId;
  const seen = new Set<number>();
  while (at != null && !seen.has(at)) {
    seen.add(at);
    const row: { name: string; parentId: number | null } | null = await tx.body.findUnique({
      where: { id: at },
      select: { name: true, parentId: true },
    });
    if (!row) return refuse('parentId', 'That parent body no longer exists; choose another.');
    if (bodyId != null && row.parentId === bodyId) {
      const parent = await tx.body.findUniqueOrThrow({ where: { id: parentId }, select: { name: true } });
      refuse('parentId', `${parent.name} is part of this body (one of its descendants), so it cannot be its parent.`);
    }
    at = row.parentId;
  }
}

async function checkJurisdiction(tx: DbTx, jurisdictionId: number | null) {
  if (jurisdictionId != null && !(await tx.jurisdiction.count({ where: { id: jurisdictionId } }))) {
    refuse('jurisdictionId', 'That jurisdiction no longer exists; choose another.');
  }
}

async function writeBody<T>(
  ctx: WriteContext,
  ref: BodyRef,
  write: (tx: DbTx, body: { id: number; slug: string }) => Promise<{ value: T; related?: (number | null)[] }>,
): Promise<MutationResult<T>> {
  return guarded(
    'body',
    ref.version,
    () => getCurrentBody(ctx.db, ref.bodyId),
    async () => {
      const { body, value, related } = await ctx.db.$transaction(async (tx) => {
        await claimVersion(tx, 'body', ref.bodyId, ref.version);
        const body = await tx.body.findUniqueOrThrow({ where: { id: ref.bodyId }, select: { id: true, slug: true } });
        return { body, ...(await write(tx, body)) };
      }, TX_OPTIONS);
      return { ok: true, value, changed: bodyChanged(body, related) };
    },
  );
}

export async function createBody(
  ctx: WriteContext,
  input: CreateBodyInput,
): Promise<MutationResult<{ id: number; slug: string }>> {
  return guarded(
    'body',
    null,
    async () => null,
    async () => {
      const body = await ctx.db.$transaction(async (tx) => {
        await checkJurisdiction(tx, input.jurisdictionId);
        await checkParent(tx, null, input.parentId);
        const slug = await uniqueSlug(tx, 'body', slugify(input.name) || 'unnamed');
        const created = await tx.body.create({ data: { slug, ...input } });
        await recordChange(tx, {
          ...ctx.actor,
          entityType: 'body',
          entityId: created.id,
          operation: 'create',
          after: created,
        });
        return created;
      }, TX_OPTIONS);
      return { ok: true, value: { id: body.id, slug: body.slug }, changed: bodyChanged(body, [body.parentId]) };
    },
  );
}

export async function updateBody(ctx: WriteContext, input: UpdateBodyInput) {
  const { id, version, ...fields } = input;
  return writeBody(ctx, { bodyId: id, version }, async (tx, body) => {
    const before = await tx.body.findUniqueOrThrow({ where: { id: body.id }, select: bodySelect });
    await checkJurisdiction(tx, fields.jurisdictionId);
    await checkParent(tx, body.id, fields.parentId);
    const change = diff(before, fields);
    if (change.changed) {
      await tx.body.update({ where: { id: body.id }, data: fields });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'body',
        entityId: body.id,
        operation: 'update',
        before: change.before,
        after: change.after,
      });
    }
    // Parent and children pages show this body's name; the old and new parents' lists of parts change.
    const children = await tx.body.findMany({ where: { parentId: body.id }, select: { id: true } });
    return { value: { id: body.id }, related: [before.parentId, fields.parentId, ...children.map((c) => c.id)] };
  });
}

export async function addBodyIdentifier(ctx: WriteContext, input: AddBodyIdentifierInput) {
  return writeBody(ctx, input, (tx, body) => addIdentifier(tx, ctx.actor, { bodyId: body.id }, input));
}

export async function removeBodyIdentifier(ctx: WriteContext, input: RemoveBodyIdentifierInput) {
  return writeBody(ctx, input, (tx, body) => removeIdentifier(tx, ctx.actor, { bodyId: body.id }, input.id));
}
