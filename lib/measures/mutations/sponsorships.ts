// The measure's sponsors and cosponsors, linked to a person or named as the record gives them.

import 'server-only';
import { recordChange, type DbTx } from '@/lib/changes/record-change';
import { diff } from '@/lib/write/compare';
import { refuse, type WriteContext } from '@/lib/write/editor-write';
import type { CreateSponsorshipInput, RemoveChildInput, SponsorshipInput } from '../schemas';
import { findChild } from './checks';
import { writeMeasure } from './write-measure';

async function sponsorshipData(tx: DbTx, input: CreateSponsorshipInput) {
  let name = input.nameAsGiven;
  if (input.personId != null) {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { name: true } });
    if (!person) refuse('personId', 'That person no longer exists; choose another or type the name.');
    name ??= person!.name;
  }
  return {
    personId: input.personId,
    nameAsGiven: name!,
    kind: input.kind,
    isOriginal: input.isOriginal,
    sponsoredOn: input.sponsoredOn,
    withdrawnOn: input.withdrawnOn,
  };
}

export async function addSponsorship(ctx: WriteContext, input: CreateSponsorshipInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const data = await sponsorshipData(tx, input);
    if (
      data.personId != null &&
      (await tx.sponsorship.count({ where: { measureId: measure.id, personId: data.personId } }))
    ) {
      refuse('personId', 'This person already sponsors the measure; edit that sponsorship instead.');
    }
    const last = await tx.sponsorship.findFirst({
      where: { measureId: measure.id },
      orderBy: { position: 'desc' },
      select: { position: true },
    });
    const sponsorship = await tx.sponsorship.create({
      data: { measureId: measure.id, position: (last?.position ?? -1) + 1, ...data },
    });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'sponsorship',
      entityId: sponsorship.id,
      operation: 'create',
      measureId: measure.id,
      after: sponsorship,
    });
    return { value: { id: sponsorship.id }, touched: { personIds: [sponsorship.personId] } };
  });
}

export async function updateSponsorship(ctx: WriteContext, input: SponsorshipInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.sponsorship.findFirst({ where: { id: input.id, measureId: measure.id } }),
      'sponsorship',
    );
    const next = await sponsorshipData(tx, input);
    const change = diff(current, next);
    if (change.changed) {
      await tx.sponsorship.update({ where: { id: current.id }, data: next });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'sponsorship',
        entityId: current.id,
        operation: 'update',
        measureId: measure.id,
        before: change.before,
        after: change.after,
      });
    }
    return { value: { id: current.id }, touched: { personIds: [current.personId, next.personId] } };
  });
}

export async function removeSponsorship(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.sponsorship.findFirst({ where: { id: input.id, measureId: measure.id } }),
      'sponsorship',
    );
    await tx.sponsorship.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'sponsorship',
      entityId: current.id,
      operation: 'delete',
      measureId: measure.id,
      before: current,
    });
    return { value: { id: current.id }, touched: { personIds: [current.personId] } };
  });
}
