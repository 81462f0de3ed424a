// The measure's sources: citing an existing source or a new one, editing the citation's note and the source.

import 'server-only';
import { recordChange } from '@/lib/changes/record-change';
import { diff } from '@/lib/write/compare';
import { refuse, type WriteContext } from '@/lib/write/editor-write';
import type { CreateCitationInput, RemoveChildInput, UpdateCitationInput } from '../schemas';
import { findChild } from './checks';
import { writeMeasure } from './write-measure';

export async function addCitation(ctx: WriteContext, input: CreateCitationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    let sourceId = input.sourceId;
    if (sourceId != null) {
      if (!(await tx.source.count({ where: { id: sourceId } })))
        refuse('sourceId', 'That source no longer exists; choose another.');
      if (await tx.sourceCitation.count({ where: { sourceId, measureId: measure.id } }))
        refuse('sourceId', 'This source is already cited on the measure.');
    } else {
      const source = await tx.source.create({
        data: {
          url: input.url,
          title: input.title!,
          publisher: input.publisher,
          kind: input.kind!,
          publishedOn: input.publishedOn,
        },
      });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'source',
        entityId: source.id,
        operation: 'create',
        measureId: measure.id,
        after: source,
      });
      sourceId = source.id;
    }
    const citation = await tx.sourceCitation.create({ data: { sourceId, measureId: measure.id, note: input.note } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'sourceCitation',
      entityId: citation.id,
      operation: 'create',
      measureId: measure.id,
      after: citation,
    });
    return { value: { id: citation.id, sourceId } };
  });
}

export async function updateCitation(ctx: WriteContext, input: UpdateCitationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.sourceCitation.findFirst({ where: { id: input.id, measureId: measure.id }, include: { source: true } }),
      'source',
    );
    const noteChange = diff({ note: current.note }, { note: input.note });
    if (noteChange.changed) {
      await tx.sourceCitation.update({ where: { id: current.id }, data: { note: input.note } });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'sourceCitation',
        entityId: current.id,
        operation: 'update',
        measureId: measure.id,
        before: noteChange.before,
        after: noteChange.after,
      });
    }
    const source = {
      title: input.title,
      kind: input.kind,
      url: input.url,
      publisher: input.publisher,
      publishedOn: input.publishedOn,
    };
    const sourceChange = diff(current.source, source);
    if (sourceChange.changed) {
      await tx.source.update({ where: { id: current.sourceId }, data: source });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'source',
        entityId: current.sourceId,
        operation: 'update',
        measureId: measure.id,
        before: sourceChange.before,
        after: sourceChange.after,
      });
    }
    // The source is shown wherever it is cited: those measures' pages change too.
    const others = sourceChange.changed
      ? await tx.sourceCitation.findMany({
          where: { sourceId: current.sourceId },
          select: { measureId: true, personId: true, bodyId: true },
        })
      : [];
    return {
      value: { id: current.id },
      touched: {
        measureIds: others.map((c) => c.measureId),
        personIds: others.map((c) => c.personId),
        bodyIds: others.map((c) => c.bodyId),
      },
    };
  });
}

export async function removeCitation(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(
      tx.sourceCitation.findFirst({ where: { id: input.id, measureId: measure.id } }),
      'source',
    );
    await tx.sourceCitation.delete({ where: { id: current.id } });
    await recordChange(tx, {
      ...ctx.actor,
      entityType: 'sourceCitation',
      entityId: current.id,
      operation: 'delete',
      measureId: measure.id,
      before: current,
    });
    return { value: { id: current.id } };
  });
}
