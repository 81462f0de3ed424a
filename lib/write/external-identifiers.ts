// External identifiers (a bioguide id, a committee's thomas code) belong to one record only. The importer and the seed
// attach them through sync; an editor's form is refused, naming the holder, when another record has the identifier.

import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import { refuse, Refusal } from './editor-write';
import { sync, type SyncContext } from '@/lib/write/sync';

/** Creates the identifier for `owner`, or moves it to `owner` when another record held it. */
export async function upsertIdentifier(
  ctx: SyncContext,
  { scheme, value }: { scheme: string; value: string },
  owner: { personId: number | null; bodyId: number | null },
) {
  return sync(ctx, {
    entityType: 'externalIdentifier',
    label: `${scheme}:${value}`,
    existing: await ctx.tx.externalIdentifier.findUnique({ where: { scheme_value: { scheme, value } } }),
    fields: owner,
    create: (data) => ctx.tx.externalIdentifier.create({ data: { scheme, value, ...data } }),
    update: (id, changed) => ctx.tx.externalIdentifier.update({ where: { id }, data: changed }),
  });
}

/** Refuses an identifier another record already holds, naming who holds it. */
export async function checkIdentifierFree(tx: DbTx, scheme: string, value: string) {
  const held = await tx.externalIdentifier.findUnique({
    where: { scheme_value: { scheme, value } },
    select: { person: { select: { name: true } }, body: { select: { name: true } } },
  });
  if (!held) return;
  const holder = held.person
    ? `the person ${held.person.name}`
    : held.body
      ? `the body ${held.body.name}`
      : 'another record';
  refuse('value', `${scheme} ${value} is already held by ${holder}; an identifier belongs to one record only.`);
}

/** The person or body an editor's identifier belongs to. */
type Holder = { personId: number } | { bodyId: number };

/** An editor adds an identifier to a person or body: refused when another record holds it, recorded as a change. */
export async function addIdentifier(
  tx: DbTx,
  actor: Actor,
  holder: Holder,
  { scheme, value }: { scheme: string; value: string },
) {
  await checkIdentifierFree(tx, scheme, value);
  const identifier = await tx.externalIdentifier.create({ data: { scheme, value, ...holder } });
  await recordChange(tx, {
    ...actor,
    entityType: 'externalIdentifier',
    entityId: identifier.id,
    operation: 'create',
    after: identifier,
  });
  return { value: { id: identifier.id } };
}

/** An editor removes one of a person's or body's identifiers; one removed already (another tab) is refused. */
export async function removeIdentifier(tx: DbTx, actor: Actor, holder: Holder, id: number) {
  const current = await tx.externalIdentifier.findFirst({ where: { id, ...holder } });
  if (!current) throw new Refusal('This identifier was already removed; reload the page.');
  await tx.externalIdentifier.delete({ where: { id: current.id } });
  await recordChange(tx, {
    ...actor,
    entityType: 'externalIdentifier',
    entityId: current.id,
    operation: 'delete',
    before: current,
  });
  return { value: { id: current.id } };
}
