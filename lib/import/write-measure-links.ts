// What a measure points at: related measures (waiting for their target when it is not here yet) and the file
// itself as its source.
import { normalizeIdentifier } from '@/lib/measures/identifier';
import { sync } from '@/lib/write/sync';
import { recordChange } from '@/lib/changes/record-change';
import { actorOf, type ImportContext } from './context';
import { count } from './count';
import { createOneRecorded, createRecorded } from './create-recorded';
import { insertRows } from './insert-rows';
import type { RelationData, SourceData } from './measure-data';
import { findRelationTarget } from '@/lib/relations/resolve';

/**
 * The measure's relations as the file lists them. With `complete` (the file lists every relation of its record, as
 * a Bill Status file does), relations an earlier import made that the file no longer lists are removed; relations
 * a person added are never touched.
 */
export async function writeRelations(
  ctx: ImportContext,
  measureId: number,
  relations: RelationData[],
  isNew: boolean,
  complete = false,
) {
  const { tx } = ctx;
  if (isNew) return createRelations(ctx, measureId, relations);
  if (complete) await removeUnlisted(ctx, measureId, relations);
  for (const relation of relations) {
    const keys = relationKeys(measureId, relation);
    const existing = await tx.measureRelation.findFirst({ where: keys, orderBy: { id: 'asc' } });
    const toMeasureId = existing?.toMeasureId ?? (await relationTarget(ctx, keys.targetNormalized, relation));
    const fields = relationFields(ctx, relation, toMeasureId);
    const row = existing
      ? await sync(ctx, {
          entityType: 'measureRelation',
          label: `#${measureId} ${relation.type} ${relation.targetIdentifier}`,
          existing,
          fields,
          create: () => Promise.reject(new Error('unreachable')),
          update: (id, changed) => tx.measureRelation.update({ where: { id }, data: changed }),
          measureId,
        })
      : await createOneRecorded(
          ctx,
          'measureRelation',
          () => tx.measureRelation.create({ data: { ...keys, ...fields } }),
          () => measureId,
        );
    noteTarget(ctx, row, existing);
  }
}

async function removeUnlisted(ctx: ImportContext, measureId: number, relations: RelationData[]) {
  const listed = new Set(relations.map((r) => JSON.stringify(Object.values(relationKeys(measureId, r)))));
  const imported = await ctx.tx.measureRelation.findMany({
    where: { fromMeasureId: measureId, addedById: null, addedByLabel: { startsWith: 'import: ' } },
  });
  for (const row of imported) {
    const key = JSON.stringify([row.fromMeasureId, row.type, row.targetNormalized, row.targetJurisdictionText]);
    if (listed.has(key)) continue;
    await ctx.tx.measureRelation.delete({ where: { id: row.id } });
    await recordChange(ctx.tx, {
      ...actorOf(ctx),
      entityType: 'measureRelation',
      entityId: row.id,
      operation: 'delete',
      measureId,
      before: row,
    });
    count(ctx, 'updated', 'measureRelation', 1);
    if (row.toMeasureId) ctx.changed.push({ kind: 'measure', id: row.toMeasureId });
  }
}

/** A new measure's relations: their targets looked up together, the relations made in one statement. */
async function createRelations(ctx: ImportContext, measureId: number, relations: RelationData[]) {
  const targets = await relationTargets(ctx, relations);
  const rows = relations.map((relation, i) => ({
    ...relationKeys(measureId, relation),
    ...relationFields(ctx, relation, targets[i]!),
  }));
  const created = await createRecorded(
    ctx,
    'measureRelation',
    rows,
    (data) => ctx.tx.measureRelation.createManyAndReturn({ data }),
    () => measureId,
  );
  for (const row of created) noteTarget(ctx, row, null);
}

function relationKeys(measureId: number, relation: RelationData) {
  const targetNormalized = normalizeIdentifier(relation.targetIdentifier);
  return {
    fromMeasureId: measureId,
    type: relation.type,
    targetNormalized,
    targetJurisdictionText: relation.targetJurisdictionText,
  };
}

function relationFields(ctx: ImportContext, relation: RelationData, toMeasureId: number | null) {
  return {
    toMeasureId,
    targetIdentifier: relation.targetIdentifier,
    evidenceQuote: relation.evidenceQuote ?? null,
    addedByLabel: `import: ${ctx.file}`,
  };
}

type RelationRow = {
  toMeasureId: number | null;
  targetIdentifier: string | null;
  targetJurisdictionText: string | null;
};

function noteTarget(ctx: ImportContext, row: RelationRow, existing: { toMeasureId: number | null } | null) {
  if (row.toMeasureId === null)
    ctx.warnings.push(
      `${row.targetIdentifier} (${row.targetJurisdictionText}) is not in the database yet: the relation waits for it.`,
    );
  else if (!existing?.toMeasureId) ctx.changed.push({ kind: 'measure', id: row.toMeasureId });
}

/**
 * The target of each relation (or null): those the file names exactly (a Bill Status file) found in one query. Its
 * rows do not say their session (that would take a second query), so a relation whose identifier another relation
 * names in another session is looked up alone.
 */
async function relationTargets(ctx: ImportContext, relations: RelationData[]): Promise<(number | null)[]> {
  const normalized = relations.map((r) => normalizeIdentifier(r.targetIdentifier));
  const place = (i: number) => `${normalized[i]}|${relations[i]!.exactly!.jurisdictionId}`;
  const sessions = new Map<string, Set<string | null>>();
  for (const [i, r] of relations.entries()) {
    if (r.exactly && normalized[i])
      sessions.set(place(i), (sessions.get(place(i)) ?? new Set()).add(r.exactly.sessionIdentifier));
  }
  const batched = relations.map((r, i) => !!r.exactly && !!normalized[i] && sessions.get(place(i))!.size === 1);
  const found = batched.some(Boolean)
    ? await ctx.tx.measure.findMany({
        where: {
          OR: relations.flatMap((r, i) =>
            batched[i]
              ? [
                  {
                    normalizedIdentifier: normalized[i]!,
                    jurisdictionId: r.exactly!.jurisdictionId,
                    session: r.exactly!.sessionIdentifier ? { identifier: r.exactly!.sessionIdentifier } : null,
                  },
                ]
              : [],
          ),
        },
        select: { id: true, normalizedIdentifier: true, jurisdictionId: true },
      })
    : [];
  const targets: (number | null)[] = [];
  for (const [i, relation] of relations.entries()) {
    if (!batched[i]) {
      targets.push(await relationTarget(ctx, normalized[i] ?? null, relation));
      continue;
    }
    const fits = found.filter(
      (m) => m.normalizedIdentifier === normalized[i] && m.jurisdictionId === relation.exactly!.jurisdictionId,
    );
    targets.push(fits.length === 1 ? fits[0]!.id : null);
  }
  return targets;
}

async function relationTarget(
  ctx: ImportContext,
  normalized: string | null,
  relation: RelationData,
): Promise<number | null> {
  if (!relation.exactly || !normalized) return findRelationTarget(ctx.tx, normalized, relation.targetJurisdictionText);
  const { jurisdictionId, sessionIdentifier } = relation.exactly;
  const found = await ctx.tx.measure.findMany({
    where: {
      normalizedIdentifier: normalized,
      jurisdictionId,
      session: sessionIdentifier ? { identifier: sessionIdentifier } : null,
    },
    select: { id: true },
    take: 2,
  });
  return found.length === 1 ? found[0]!.id : null;
}

/** The file itself is the measure's source: one Source per address, cited once on the measure. */
export async function citeFile(ctx: ImportContext, measureId: number, source: SourceData, isNew: boolean) {
  const { tx } = ctx;
  const found = await tx.source.findFirst({
    where: source.url ? { url: source.url } : { url: null, publisher: source.publisher, title: source.title },
    orderBy: { id: 'asc' },
  });
  const note = `Imported from ${ctx.file}`;
  const fields = { url: source.url, title: source.title, publisher: source.publisher, kind: source.kind };
  if (!found) {
    const created = await createOneRecorded(ctx, 'source', () => tx.source.create({ data: fields }));
    await createRecorded(
      ctx,
      'sourceCitation',
      [{ sourceId: created.id, measureId, note }],
      (data) => insertRows(tx, 'SourceCitation', data),
      () => measureId,
    );
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
