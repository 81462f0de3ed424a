// What a measure points at: related measures (waiting for their target when it is not here yet) and the file
// itself as its source.
import { normalizeIdentifier } from '@/lib/measures/identifier';
import { sync } from '@/prisma/seed/sync';
import type { ImportContext } from './context';
import { createOneRecorded, createRecorded } from './create-recorded';
import { insertRows } from './insert-rows';
import type { RelationData, SourceData } from './measure-data';
import { findRelationTarget } from '@/lib/relations/resolve';

export async function writeRelations(ctx: ImportContext, measureId: number, relations: RelationData[], isNew: boolean) {
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
    await createRecorded(ctx, 'sourceCitation', [{ sourceId: created.id, measureId, note }], (data) =>
      insertRows(tx, 'SourceCitation', data), () => measureId);
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
