// Writes one measure as a file describes it, in the file's transaction: the measure, its timeline (classified by
// lib/status), sponsors, addressees, relations and the file as its source; then its derived status. Only what
// differs is written (prisma/seed/sync.ts), so importing the same file again records nothing.
import { recordChange, type ChangeEntityType } from '@/lib/changes/record-change';
import type { Measure } from '@/lib/generated/prisma/client';
import type { DerivedStatus } from '@/lib/status';
import type { DatePrecision, MeasureType, RelationType, SourceKind, SponsorshipKind, TargetVerb } from '@/lib/generated/prisma/enums';
import { measureSlug, normalizeIdentifier } from '@/lib/measures/identifier';
import { recomputeMeasureStatus } from '@/lib/measures/recompute-status';
import { classifyAction } from '@/lib/status';
import { day, sync } from '@/prisma/seed/sync';
import { actorOf, type ImportContext } from './context';
import { createOneRecorded, createRecorded, flushEvents } from './create-recorded';
import { findRelationTarget, resolvePendingRelations } from './resolve-relations';
import { uniqueSlug } from './unique-slug';

export type ActionData = {
  date: string;
  datePrecision?: DatePrecision;
  text: string;
  sourceCode?: string | null;
  sourceSystem?: string | null;
  actingBodyId: number | null;
  relatedBodyId: number | null;
};

export type SponsorData = {
  personId: number | null;
  nameAsGiven: string;
  kind: SponsorshipKind;
  isOriginal: boolean;
  sponsoredOn?: string | null;
  withdrawnOn?: string | null;
};

export type TargetData = { verb: TargetVerb; bodyId: number | null; personId: number | null; entityName: string | null; roleAsWritten: string | null };

export type RelationData = {
  type: RelationType;
  targetIdentifier: string;
  targetJurisdictionText: string;
  evidenceQuote?: string | null;
  /** The target's jurisdiction and session when the file says them exactly (Bill Status); else the text decides. */
  exactly?: { jurisdictionId: number; sessionIdentifier: string | null };
};

export type SourceData = { url: string | null; title: string; publisher: string; kind: SourceKind };

export type MeasureData = {
  jurisdiction: { id: number; slug: string; name: string };
  session: { id: number; identifier: string; name: string } | null;
  originBodyId: number;
  identifier: string | null;
  type: MeasureType;
  title: string;
  summary: string | null;
  textUrl: string | null;
  subjects: string[];
  introducedOn: string | null;
  actions: ActionData[];
  sponsors: SponsorData[];
  targets: TargetData[];
  relations: RelationData[];
  source: SourceData;
};

async function findMeasure(ctx: ImportContext, m: MeasureData, normalizedIdentifier: string | null) {
  if (!normalizedIdentifier) return null;
  return ctx.tx.measure.findFirst({
    where: { normalizedIdentifier, jurisdictionId: m.jurisdiction.id, sessionId: m.session?.id ?? null },
    orderBy: { id: 'asc' },
  });
}

export async function writeMeasure(ctx: ImportContext, m: MeasureData): Promise<{ id: number; slug: string; created: boolean }> {
  const { tx } = ctx;
  const normalizedIdentifier = normalizeIdentifier(m.identifier);
  const existing = await findMeasure(ctx, m, normalizedIdentifier);
  const slug =
    existing?.slug ??
    (await uniqueSlug(
      tx,
      'measure',
      measureSlug({
        jurisdictionSlug: m.jurisdiction.slug, sessionIdentifier: m.session?.identifier, identifier: m.identifier,
        type: m.type, date: m.introducedOn, title: m.title,
      }),
    ));
  const eventsBefore = ctx.report.changeEvents;
  const fields = {
    identifier: m.identifier,
    normalizedIdentifier,
    type: m.type,
    title: m.title,
    summary: m.summary,
    textUrl: m.textUrl,
    subjects: m.subjects,
    jurisdictionId: m.jurisdiction.id,
    originBodyId: m.originBodyId,
    sessionId: m.session?.id ?? null,
    introducedOn: day(m.introducedOn ?? undefined),
  };
  const measure = existing
    ? await sync(ctx, {
        entityType: 'measure',
        label: slug,
        existing,
        fields,
        create: () => Promise.reject(new Error('unreachable')),
        update: (id, changed) => tx.measure.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
      })
    : await createOneRecorded(ctx, 'measure', () => tx.measure.create({ data: { slug, ...fields } }), (row) => row.id);
  const measureId = measure.id;

  // A new measure has no rows of its own yet: nothing to read before writing them.
  const isNew = !existing;
  await writeActions(ctx, measureId, m.actions, isNew);
  const personIds = await writeSponsors(ctx, measureId, m.sponsors, isNew);
  await writeTargets(ctx, measureId, m.targets);
  await writeRelations(ctx, measureId, m.relations, isNew);
  await citeFile(ctx, measureId, m.source, isNew);
  // Events in the order of the writes: the measure's creation before its derived status.
  await flushEvents(ctx);
  const status = await recomputeMeasureStatus(tx, measureId, { actor: actorOf(ctx), asOf: ctx.asOf });
  if (statusMoved(measure, status)) count(ctx, 'updated', 'measure', 1);

  const waitingFor = existing
    ? []
    : await resolvePendingRelations(tx, { id: measureId, normalizedIdentifier, jurisdiction: m.jurisdiction, session: m.session }, actorOf(ctx));
  count(ctx, 'updated', 'measureRelation', waitingFor.length);
  for (const id of waitingFor) ctx.changed.push({ kind: 'measure', id });
  if (ctx.report.changeEvents > eventsBefore || waitingFor.length) {
    const bodyIds = [m.originBodyId, ...m.targets.flatMap((t) => (t.bodyId ? [t.bodyId] : []))];
    ctx.changed.push({ kind: 'measure', id: measureId, slug, personIds, bodyIds });
  }
  return { id: measureId, slug, created: !existing };
}

const dayOf = (d: Date | string | null | undefined) => (d == null ? null : (d instanceof Date ? d.toISOString() : d).slice(0, 10));

/** Whether recomputeMeasureStatus wrote (and recorded) a new status: the same comparison it makes. */
function statusMoved(before: Pick<Measure, 'stage' | 'outcome' | 'currentBodyId' | 'stageDate' | 'lastActionDate'>, after: DerivedStatus) {
  return before.stage !== after.stage || before.outcome !== after.outcome || (before.currentBodyId ?? null) !== (after.currentBodyId ?? null) ||
    dayOf(before.stageDate) !== dayOf(after.stageDate) || dayOf(before.lastActionDate) !== dayOf(after.lastActionDate);
}

/** Writes made outside sync (status, resolved relations, deletions) still count in the report. */
function count(ctx: ImportContext, kind: 'updated' | 'created', entity: ChangeEntityType, n: number) {
  if (!n) return;
  ctx.report[kind][entity] = (ctx.report[kind][entity] ?? 0) + n;
  ctx.report.changeEvents += n;
}

/** The timeline by position: the file is its authority, so actions it no longer lists are removed. */
async function writeActions(ctx: ImportContext, measureId: number, actions: ActionData[], isNew: boolean) {
  const { tx } = ctx;
  const existing = new Map((isNew ? [] : await tx.action.findMany({ where: { measureId } })).map((a) => [a.position, a]));
  const toCreate = [];
  for (const [position, action] of actions.entries()) {
    const fields = {
      date: day(action.date),
      datePrecision: action.datePrecision ?? ('day' as const),
      actingBodyId: action.actingBodyId,
      relatedBodyId: action.relatedBodyId,
      text: action.text,
      sourceCode: action.sourceCode ?? null,
      sourceSystem: action.sourceSystem ?? null,
      classification: classifyAction({ text: action.text, sourceCode: action.sourceCode }),
    };
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
  await createRecorded(ctx, 'action', toCreate, (data) => tx.action.createManyAndReturn({ data }), () => measureId);
  for (const stale of existing.values()) {
    await tx.action.delete({ where: { id: stale.id } });
    await recordChange(tx, { ...actorOf(ctx), entityType: 'action', entityId: stale.id, operation: 'delete', measureId, before: stale });
    count(ctx, 'updated', 'action', 1);
  }
}

/** Sponsors matched by person (or by name as given when the person is unknown); returns the people named. */
async function writeSponsors(ctx: ImportContext, measureId: number, sponsors: SponsorData[], isNew: boolean): Promise<number[]> {
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
  await createRecorded(ctx, 'sponsorship', toCreate, (data) => tx.sponsorship.createManyAndReturn({ data }), () => measureId);
  return sponsors.flatMap((s) => (s.personId ? [s.personId] : []));
}

async function writeTargets(ctx: ImportContext, measureId: number, targets: TargetData[]) {
  const { tx } = ctx;
  for (const [position, target] of targets.entries()) {
    const { verb, bodyId, personId, entityName } = target;
    await sync(ctx, {
      entityType: 'measureTarget',
      label: `#${measureId} ${verb} ${entityName ?? bodyId ?? personId}`,
      existing: await tx.measureTarget.findFirst({ where: { measureId, verb, bodyId, personId, entityName }, orderBy: { id: 'asc' } }),
      fields: { roleAsWritten: target.roleAsWritten, position },
      create: (data) => tx.measureTarget.create({ data: { measureId, verb, bodyId, personId, entityName, ...data } }),
      update: (id, changed) => tx.measureTarget.update({ where: { id }, data: changed }),
      measureId,
    });
  }
}

async function writeRelations(ctx: ImportContext, measureId: number, relations: RelationData[], isNew: boolean) {
  const { tx } = ctx;
  for (const relation of relations) {
    const targetNormalized = normalizeIdentifier(relation.targetIdentifier);
    const existing = isNew ? null : await tx.measureRelation.findFirst({
      where: { fromMeasureId: measureId, type: relation.type, targetNormalized, targetJurisdictionText: relation.targetJurisdictionText },
      orderBy: { id: 'asc' },
    });
    const toMeasureId = existing?.toMeasureId ?? (await relationTarget(ctx, targetNormalized, relation));
    const fields = { toMeasureId, targetIdentifier: relation.targetIdentifier, evidenceQuote: relation.evidenceQuote ?? null, addedByLabel: `import: ${ctx.file}` };
    const keys = { fromMeasureId: measureId, type: relation.type, targetNormalized, targetJurisdictionText: relation.targetJurisdictionText };
    const row = existing ? await sync(ctx, {
      entityType: 'measureRelation',
      label: `#${measureId} ${relation.type} ${relation.targetIdentifier}`,
      existing,
      fields,
      create: () => Promise.reject(new Error('unreachable')),
      update: (id, changed) => tx.measureRelation.update({ where: { id }, data: changed }),
      measureId,
    }) : await createOneRecorded(ctx, 'measureRelation', () => tx.measureRelation.create({ data: { ...keys, ...fields } }), () => measureId);
    if (row.toMeasureId === null) ctx.warnings.push(`${relation.targetIdentifier} (${relation.targetJurisdictionText}) is not in the database yet: the relation waits for it.`);
    else if (!existing?.toMeasureId) ctx.changed.push({ kind: 'measure', id: row.toMeasureId });
  }
}

async function relationTarget(ctx: ImportContext, normalized: string | null, relation: RelationData): Promise<number | null> {
  if (!relation.exactly || !normalized) return findRelationTarget(ctx.tx, normalized, relation.targetJurisdictionText);
  const { jurisdictionId, sessionIdentifier } = relation.exactly;
  const found = await ctx.tx.measure.findMany({
    where: { normalizedIdentifier: normalized, jurisdictionId, session: sessionIdentifier ? { identifier: sessionIdentifier } : null },
    select: { id: true },
    take: 2,
  });
  return found.length === 1 ? found[0]!.id : null;
}

/** The file itself is the measure's source: one Source per address, cited once on the measure. */
async function citeFile(ctx: ImportContext, measureId: number, source: SourceData, isNew: boolean) {
  const { tx } = ctx;
  const found = await tx.source.findFirst({
    where: source.url ? { url: source.url } : { url: null, publisher: source.publisher, title: source.title },
    orderBy: { id: 'asc' },
  });
  const note = `Imported from ${ctx.file}`;
  const fields = { url: source.url, title: source.title, publisher: source.publisher, kind: source.kind };
  if (!found) {
    const created = await createOneRecorded(ctx, 'source', () => tx.source.create({ data: fields }));
    await createRecorded(ctx, 'sourceCitation', [{ sourceId: created.id, measureId, note }], (data) =>
      tx.sourceCitation.createManyAndReturn({ data }), () => measureId);
    return;
  }
  const row = await sync(ctx, {
    entityType: 'source',
    label: source.url ?? source.title,
    existing: found,
    fields,
    create: () => Promise.reject(new Error('unreachable')),
    update: (id, changed) => tx.source.update({ where: { id }, data: changed }),
  });
  const where = { sourceId: row.id, measureId, actionId: null, personId: null, bodyId: null };
  await sync(ctx, {
    entityType: 'sourceCitation',
    label: `source #${row.id} on measure #${measureId}`,
    existing: isNew ? null : await tx.sourceCitation.findFirst({ where, orderBy: { id: 'asc' } }),
    fields: { note },
    create: (data) => tx.sourceCitation.create({ data: { ...where, ...data } }),
    update: (id, changed) => tx.sourceCitation.update({ where: { id }, data: changed }),
    measureId,
  });
}
