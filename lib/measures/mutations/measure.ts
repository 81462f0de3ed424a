// Entering a measure and editing its details. A new measure takes the one slug allocator's slug
// (lib/write/unique-slug.ts) and becomes the target of relations that named it before it existed.

import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type DbTx } from '@/lib/changes/record-change';
import { resolvePendingRelations } from '@/lib/relations/resolve';
import { diff } from '@/lib/write/compare';
import { TX_OPTIONS, refuse } from '@/lib/write/editor-write';
import { uniqueSlug } from '@/lib/write/unique-slug';
import { measureSlug, normalizeIdentifier } from '../identifier';
import { recomputeMeasureStatus } from '../recompute-status';
import type { CreateMeasureInput, UpdateMeasureInput } from '../schemas';
import { guardedMeasure, writeMeasure, type MutationResult, type WriteContext } from './write-measure';

async function bodyWithJurisdiction(tx: DbTx, bodyId: number) {
  const body = await tx.body.findUnique({
    where: { id: bodyId },
    select: { id: true, jurisdiction: { select: { id: true, slug: true, name: true } } },
  });
  if (!body) return refuse('originBodyId', 'That body no longer exists; choose another.');
  if (!body.jurisdiction)
    return refuse(
      'originBodyId',
      'This body belongs to no jurisdiction; choose the chamber or council the measure comes from.',
    );
  return { id: body.id, jurisdiction: body.jurisdiction };
}

async function sessionOf(tx: DbTx, sessionId: number | null) {
  if (sessionId == null) return null;
  const session = await tx.legislativeSession.findUnique({
    where: { id: sessionId },
    select: { id: true, identifier: true },
  });
  return session ?? refuse('sessionId', 'That session no longer exists; choose another.');
}

export async function createMeasure(
  ctx: WriteContext,
  input: CreateMeasureInput,
): Promise<MutationResult<{ id: number; slug: string }>> {
  return guardedMeasure(ctx, null, null, async () => {
    const result = await ctx.db.$transaction(async (tx) => {
      const body = await bodyWithJurisdiction(tx, input.originBodyId);
      const session = await sessionOf(tx, input.sessionId);
      const normalizedIdentifier = normalizeIdentifier(input.identifier);
      if (normalizedIdentifier) {
        const twin = await tx.measure.findFirst({
          where: { normalizedIdentifier, jurisdictionId: body.jurisdiction.id, sessionId: input.sessionId },
          select: { title: true },
        });
        if (twin)
          refuse('identifier', `This jurisdiction already has ${input.identifier} in that session ("${twin.title}").`);
      }
      const slug = await uniqueSlug(
        tx,
        'measure',
        measureSlug({
          jurisdictionSlug: body.jurisdiction.slug,
          sessionIdentifier: session?.identifier,
          identifier: input.identifier,
          type: input.type,
          date: input.introducedOn,
          title: input.title,
        }),
      );
      const measure = await tx.measure.create({
        data: {
          slug,
          identifier: input.identifier,
          normalizedIdentifier,
          type: input.type,
          title: input.title,
          summary: input.summary,
          text: input.text,
          textUrl: input.textUrl,
          subjects: input.subjects,
          jurisdictionId: body.jurisdiction.id,
          originBodyId: body.id,
          sessionId: input.sessionId,
          introducedOn: input.introducedOn,
        },
      });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measure',
        entityId: measure.id,
        operation: 'create',
        measureId: measure.id,
        after: measure,
      });

      // Relations that named this measure before it was in the database now point at it.
      const originBody = await tx.body.findUniqueOrThrow({
        where: { id: body.id },
        select: { name: true, shortName: true },
      });
      const resolved = await resolvePendingRelations(
        tx,
        {
          id: measure.id,
          normalizedIdentifier,
          jurisdiction: body.jurisdiction,
          bodyNames: [originBody.name, originBody.shortName].filter((n): n is string => !!n),
        },
        ctx.actor,
      );
      return { measure, resolved };
    }, TX_OPTIONS);
    const { measure, resolved } = result;
    return {
      ok: true,
      value: { id: measure.id, slug: measure.slug },
      changed: [
        { kind: 'measure', id: measure.id, slug: measure.slug, bodyIds: [measure.originBodyId] },
        ...resolved.map((r): ChangedRecord => ({ kind: 'measure', id: r.fromMeasureId })),
      ],
    };
  });
}

export async function updateMeasure(
  ctx: WriteContext,
  input: UpdateMeasureInput,
): Promise<MutationResult<{ id: number }>> {
  return writeMeasure(ctx, { measureId: input.id, version: input.version }, async (tx, measure) => {
    const body = await bodyWithJurisdiction(tx, input.originBodyId);
    await sessionOf(tx, input.sessionId);
    const current = await tx.measure.findUniqueOrThrow({
      where: { id: measure.id },
      select: {
        identifier: true,
        normalizedIdentifier: true,
        type: true,
        title: true,
        summary: true,
        text: true,
        textUrl: true,
        subjects: true,
        jurisdictionId: true,
        originBodyId: true,
        sessionId: true,
        introducedOn: true,
      },
    });
    const next = {
      identifier: input.identifier,
      normalizedIdentifier: normalizeIdentifier(input.identifier),
      type: input.type,
      title: input.title,
      summary: input.summary,
      text: input.text,
      textUrl: input.textUrl,
      subjects: input.subjects,
      jurisdictionId: body.jurisdiction.id,
      originBodyId: body.id,
      sessionId: input.sessionId,
      introducedOn: input.introducedOn,
    };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measure.update({ where: { id: measure.id }, data: next });
      await recordChange(tx, {
        ...ctx.actor,
        entityType: 'measure',
        entityId: measure.id,
        operation: 'update',
        measureId: measure.id,
        before: change.before,
        after: change.after,
      });
      if ('originBodyId' in change.after) await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    }
    return { value: { id: measure.id }, touched: { bodyIds: [current.originBodyId, body.id] } };
  });
}
