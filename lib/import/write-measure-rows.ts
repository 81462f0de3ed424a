// The rows of a measure that a file lists: its actions (the timeline), sponsors and addressees. New rows go in
// one statement each (a first import brings a whole timeline and a hundred cosponsors).
import { recordChange } from '@/lib/changes/record-change';
import { classifyAction, type StatusAction } from '@/lib/status';
import { day, sync } from '@/lib/write/sync';
import { actorOf, type ImportContext } from './context';
import { count } from './count';
import { createRecorded } from './create-recorded';
import { insertRows } from './insert-rows';
import type { ActionData, SponsorData, TargetData } from './measure-data';

/**
 * The timeline by position: the file is its authority, so actions it no longer lists are removed. Returns the
 * timeline as now stored, in order, for deriving the status without reading it back.
 */
export async function writeActions(
  ctx: ImportContext,
  measureId: number,
  actions: ActionData[],
  isNew: boolean,
): Promise<StatusAction[]> {
  const { tx } = ctx;
  const existing = new Map(
    (isNew ? [] : await tx.action.findMany({ where: { measureId } })).map((a) => [a.position, a]),
  );
  const toCreate = [];
  const timeline: StatusAction[] = [];
  for (const [position, action] of actions.entries()) {
    const fields = {
      date: day(action.date),
      datePrecision: action.datePrecision ?? ('day' as const),
      actingBodyId: action.actingBodyId,
      relatedBodyId: action.relatedBodyId,
      text: action.text,
      sourceCode: action.sourceCode ?? null,
      sourceSystem: action.sourceSystem ?? null,
      classification: action.classification ?? classifyAction({ text: action.text, sourceCode: action.sourceCode }),
    };
    timeline.push(fields);
    const row = existing.get(position);
    existing.delete(position);
    if (!row) {
      toCreate.push({ measureId, position, ...fields });
      continue;
    }
    await sync(ctx, {
      entityType: 'action',
      label: `#${measureId} action ${position}`,
      existing: row,
      fields,
      create: () => Promise.reject(new Error('unreachable')),
      update: (id, changed) => tx.action.update({ where: { id }, data: changed }),
      measureId,
    });
  }
  // New actions in one statement: a first import brings the whole timeline.
  await createRecorded(
    ctx,
    'action',
    toCreate,
    (data) => insertRows(tx, 'Action', data),
    () => measureId,
  );
  for (const stale of existing.values()) {
    await tx.action.delete({ where: { id: stale.id } });
    await recordChange(tx, {
      ...actorOf(ctx),
      entityType: 'action',
      entityId: stale.id,
      operation: 'delete',
      measureId,
      before: stale,
    });
    count(ctx, 'updated', 'action', 1);
  }
  return timeline;
}

/** Sponsors matched by person (or by name as given when the person is unknown); returns the people named. */
export async function writeSponsors(
  ctx: ImportContext,
  measureId: number,
  sponsors: SponsorData[],
  isNew: boolean,
): Promise<number[]> {
  const { tx } = ctx;
  const rows = isNew ? [] : await tx.sponsorship.findMany({ where: { measureId }, orderBy: { id: 'asc' } });
  const keyOf = (s: { kind: string; personId: number | null; nameAsGiven: string }) =>
    s.personId !== null ? `${s.kind}:person:${s.personId}` : `${s.kind}:name:${s.nameAsGiven}`;
  // A list per key: a file may name the same member twice (withdrawn, then added again).
  const existing = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) existing.set(keyOf(row), [...(existing.get(keyOf(row)) ?? []), row]);
  const toCreate = [];
  for (const [position, sponsor] of sponsors.entries()) {
    const { personId, kind } = sponsor;
    const fields = {
      nameAsGiven: sponsor.nameAsGiven,
      isOriginal: sponsor.isOriginal,
      sponsoredOn: day(sponsor.sponsoredOn ?? undefined),
      withdrawnOn: day(sponsor.withdrawnOn ?? undefined),
      position,
    };
    const row = existing.get(keyOf(sponsor))?.shift();
    if (!row) {
      toCreate.push({ measureId, personId, kind, ...fields });
      continue;
    }
    await sync(ctx, {
      entityType: 'sponsorship',
      label: `#${measureId} ${sponsor.nameAsGiven}`,
      existing: row,
      fields,
      create: () => Promise.reject(new Error('unreachable')),
      update: (id, changed) => tx.sponsorship.update({ where: { id }, data: changed }),
      measureId,
    });
  }
  await createRecorded(
    ctx,
    'sponsorship',
    toCreate,
    (data) => insertRows(tx, 'Sponsorship', data),
    () => measureId,
  );
  return sponsors.flatMap((s) => (s.personId ? [s.personId] : []));
}

export async function writeTargets(ctx: ImportContext, measureId: number, targets: TargetData[]) {
  const { tx } = ctx;
  for (const [position, target] of targets.entries()) {
    const { verb, bodyId, personId, entityName } = target;
    await sync(ctx, {
      entityType: 'measureTarget',
      label: `#${measureId} ${verb} ${entityName ?? bodyId ?? personId}`,
      existing: await tx.measureTarget.findFirst({
        where: { measureId, verb, bodyId, personId, entityName },
        orderBy: { id: 'asc' },
      }),
      fields: { roleAsWritten: target.roleAsWritten, position },
      create: (data) => tx.measureTarget.create({ data: { measureId, verb, bodyId, personId, entityName, ...data } }),
      update: (id, changed) => tx.measureTarget.update({ where: { id }, data: changed }),
      measureId,
    });
  }
}
