import { normalizeIdentifier } from '@/lib/measures/identifier';
import type { MeasureSeed, RelationSeed } from './founding-case';
import { idOf, sessionKey, type IdsBySlug } from './upsert-organisations';
import type { PeopleIds } from './upsert-people';
import { cite, type SourceIds } from './upsert-sources';
import { day, sync, type SyncContext } from '@/lib/write/sync';

export type MeasureRefs = {
  jurisdictions: IdsBySlug;
  bodies: IdsBySlug;
  sessions: IdsBySlug;
  people: PeopleIds;
  sources: SourceIds;
};

/** The measure, its timeline, sponsors, addressees and sources. Status is derived afterwards. */
export async function upsertMeasure(ctx: SyncContext, m: MeasureSeed, refs: MeasureRefs): Promise<number> {
  const { tx } = ctx;
  const body = (slug: string) => idOf(refs.bodies, slug, 'body');
  const measure = await sync(ctx, {
    entityType: 'measure',
    label: m.slug,
    existing: await tx.measure.findUnique({ where: { slug: m.slug } }),
    fields: {
      identifier: m.identifier ?? null,
      normalizedIdentifier: normalizeIdentifier(m.identifier),
      type: m.type,
      title: m.title,
      summary: m.summary,
      textUrl: m.textUrl ?? null,
      subjects: m.subjects,
      jurisdictionId: idOf(refs.jurisdictions, m.jurisdiction, 'jurisdiction'),
      originBodyId: body(m.originBody),
      sessionId: m.session ? idOf(refs.sessions, sessionKey(m.session.body, m.session.identifier), 'session') : null,
      introducedOn: day(m.introducedOn),
    },
    create: (data) => tx.measure.create({ data: { slug: m.slug, ...data } }),
    update: (id, changed) => tx.measure.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
  });
  const measureId = measure.id;

  for (const [position, action] of m.actions.entries()) {
    const row = await sync(ctx, {
      entityType: 'action',
      label: `${m.slug} #${position}`,
      existing: await tx.action.findUnique({ where: { measureId_position: { measureId, position } } }),
      fields: {
        date: day(action.date),
        datePrecision: 'day' as const,
        actingBodyId: body(action.actingBody),
        relatedBodyId: action.relatedBody ? body(action.relatedBody) : null,
        text: action.text,
        sourceCode: action.sourceCode ?? null,
        sourceSystem: action.sourceSystem ?? null,
        classification: action.classification,
      },
      create: (data) => tx.action.create({ data: { measureId, position, ...data } }),
      update: (id, changed) => tx.action.update({ where: { id }, data: changed }),
      measureId,
    });
    for (const key of action.sources) await cite(ctx, refs.sources, key, { actionId: row.id });
  }

  for (const [position, sponsor] of m.sponsors.entries()) {
    const personId = idOf(refs.people, sponsor.person, 'person');
    await sync(ctx, {
      entityType: 'sponsorship',
      label: `${m.slug} ${sponsor.nameAsGiven}`,
      existing: await tx.sponsorship.findFirst({
        where: { measureId, personId, kind: sponsor.kind },
        orderBy: { id: 'asc' },
      }),
      fields: {
        nameAsGiven: sponsor.nameAsGiven,
        isOriginal: sponsor.isOriginal,
        sponsoredOn: day(sponsor.sponsoredOn),
        position,
      },
      create: (data) => tx.sponsorship.create({ data: { measureId, personId, kind: sponsor.kind, ...data } }),
      update: (id, changed) => tx.sponsorship.update({ where: { id }, data: changed }),
      measureId,
    });
  }

  for (const [position, target] of m.targets.entries()) {
    const bodyId = body(target.body);
    await sync(ctx, {
      entityType: 'measureTarget',
      label: `${m.slug} ${target.verb} ${target.body}`,
      existing: await tx.measureTarget.findFirst({
        where: { measureId, verb: target.verb, bodyId },
        orderBy: { id: 'asc' },
      }),
      fields: { roleAsWritten: target.roleAsWritten ?? null, quote: target.quote ?? null, position },
      create: (data) => tx.measureTarget.create({ data: { measureId, verb: target.verb, bodyId, ...data } }),
      update: (id, changed) => tx.measureTarget.update({ where: { id }, data: changed }),
      measureId,
    });
  }

  for (const source of m.sources) await cite(ctx, refs.sources, source.key, { measureId }, source.note);
  return measureId;
}

export async function upsertRelation(ctx: SyncContext, r: RelationSeed, measures: IdsBySlug) {
  const fromMeasureId = idOf(measures, r.from, 'measure');
  const toMeasureId = idOf(measures, r.to, 'measure');
  return sync(ctx, {
    entityType: 'measureRelation',
    label: `${r.from} ${r.type} ${r.to}`,
    existing: await ctx.tx.measureRelation.findFirst({
      where: { fromMeasureId, toMeasureId, type: r.type },
      orderBy: { id: 'asc' },
    }),
    fields: {
      targetIdentifier: r.targetIdentifier,
      targetNormalized: normalizeIdentifier(r.targetIdentifier),
      targetJurisdictionText: r.targetJurisdictionText,
      evidenceQuote: r.evidenceQuote,
      addedByLabel: ctx.actorLabel,
    },
    create: (data) => ctx.tx.measureRelation.create({ data: { fromMeasureId, toMeasureId, type: r.type, ...data } }),
    update: (id, changed) => ctx.tx.measureRelation.update({ where: { id }, data: changed }),
    measureId: fromMeasureId,
  });
}
