// The editor's writes to a measure and what belongs to it. Each runs in one transaction that first claims the version
// the editor loaded (optimistic locking: a stale version refuses the save, nothing is overwritten), records a change
// event with before and after, recomputes the status when the actions change, and returns the records it changed so
// the server action can revalidate exactly their cache tags (lib/cache/tags.ts).

import type { CurrentRecord, MutationResult } from '@/lib/actions/settle';
import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import { recordChange, type Actor, type DbTx } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { measureName } from '@/lib/format';
import { classifyAction } from '@/lib/status';
import { measureSlug, normalizeIdentifier } from './identifier';
import { insertRelation } from '@/lib/relations/insert';
import { resolvePendingRelations } from '@/lib/relations/resolve';
import { recomputeMeasureStatus } from './recompute-status';
import type {
  CreateActionInput, CreateCitationInput, CreateMeasureInput, CreateRelationInput, CreateSponsorshipInput, CreateTargetInput,
  DeleteMeasureInput, MeasureRef, MoveActionInput, RemoveChildInput, SponsorshipInput, StatusOverrideInput, TargetInput,
  UpdateActionInput, UpdateCitationInput, UpdateMeasureInput, UpdateRelationInput,
} from './schemas';

export type WriteContext = { db: DbClient; actor: Actor };

/** The measure as it is now, shown to an editor whose save was refused because someone else saved first. */
export type CurrentMeasure = CurrentRecord;

export type { CurrentRecord, MutationResult };

/** Thrown inside a transaction to roll it back and refuse the save with a reason. */
class Refusal extends Error {
  constructor(message: string, readonly errors?: Record<string, string[]>) {
    super(message);
  }
}

class VersionConflict extends Error {}

const TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 };

const refuse = (field: string, message: string): never => {
  throw new Refusal('Please correct the marked field.', { [field]: [message] });
};

async function run<T>(ctx: WriteContext, measureId: number | null, loaded: number | null, work: () => Promise<MutationResult<T>>): Promise<MutationResult<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, status: 400, message: error.message, errors: error.errors };
    if (error instanceof VersionConflict && measureId != null) {
      const current = await getCurrentMeasure(ctx.db, measureId);
      const by = current?.savedBy ? ` by ${current.savedBy}` : '';
      return {
        ok: false,
        status: 409,
        message:
          `Someone else saved this measure while you were editing${by}: you loaded version ${loaded}, version ${current?.version} is now current. ` +
          'Your change was not saved and nothing was overwritten. Check the current values, then reload the page to edit them.',
        current: current ?? undefined,
      };
    }
    throw error;
  }
}

type Touched = { personIds?: (number | null | undefined)[]; bodyIds?: (number | null | undefined)[]; measureIds?: (number | null | undefined)[] };

const ids = (list: (number | null | undefined)[] = []) => [...new Set(list.filter((id): id is number => typeof id === 'number'))];

/**
 * Runs `write` in a transaction after claiming the measure's version: a version that moved on since the editor
 * loaded the form means someone else saved, and the save is refused.
 */
async function writeMeasure<T>(
  ctx: WriteContext,
  ref: MeasureRef,
  write: (tx: DbTx, measure: { id: number; slug: string; originBodyId: number }) => Promise<{ value: T; touched?: Touched }>,
): Promise<MutationResult<T>> {
  return run(ctx, ref.measureId, ref.version, async () => {
    const { value, measure, touched } = await ctx.db.$transaction(async (tx) => {
      const claimed = await tx.measure.updateMany({ where: { id: ref.measureId, version: ref.version }, data: { version: { increment: 1 } } });
      if (claimed.count === 0) {
        const exists = await tx.measure.count({ where: { id: ref.measureId } });
        if (!exists) throw new Refusal('This measure no longer exists.');
        throw new VersionConflict();
      }
      const measure = await tx.measure.findUniqueOrThrow({ where: { id: ref.measureId }, select: { id: true, slug: true, originBodyId: true } });
      return { measure, ...(await write(tx, measure)) };
    }, TX_OPTIONS);
    const changed: ChangedRecord[] = [
      { kind: 'measure', id: measure.id, slug: measure.slug, personIds: ids(touched?.personIds), bodyIds: ids([measure.originBodyId, ...(touched?.bodyIds ?? [])]) },
      ...ids(touched?.measureIds).filter((id) => id !== measure.id).map((id): ChangedRecord => ({ kind: 'measure', id })),
    ];
    return { ok: true, value, changed };
  });
}

/** The fields that differ, as before/after for a change event. */
function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const [x, y] = [before[key], after[key]];
    const same = x instanceof Date || y instanceof Date ? String((x as Date | null)?.getTime()) === String((y as Date | null)?.getTime()) : JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
    if (!same) {
      b[key] = x ?? null;
      a[key] = y ?? null;
    }
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : '');

/** The measure's details as a form shows them, with who saved it last: what a refused editor is shown. */
export async function getCurrentMeasure(db: DbTx, measureId: number): Promise<CurrentMeasure | null> {
  const measure = await db.measure.findUnique({
    where: { id: measureId },
    select: {
      version: true, identifier: true, type: true, title: true, summary: true, textUrl: true, subjects: true, introducedOn: true,
      originBody: { select: { name: true } }, session: { select: { name: true } },
    },
  });
  if (!measure) return null;
  const last = await db.changeEvent.findFirst({
    where: { measureId, actorId: { not: null } },
    orderBy: { id: 'desc' },
    select: { at: true, actor: { select: { name: true, email: true } } },
  });
  return {
    version: measure.version,
    values: {
      identifier: measure.identifier ?? '',
      type: measure.type,
      title: measure.title,
      summary: measure.summary ?? '',
      textUrl: measure.textUrl ?? '',
      originBody: measure.originBody.name,
      session: measure.session?.name ?? '',
      introducedOn: day(measure.introducedOn),
      subjects: measure.subjects.join(', '),
    },
    savedBy: last?.actor ? (last.actor.name ?? last.actor.email) : null,
    savedAt: last?.at ?? null,
  };
}

// ---------- Measures ----------

async function bodyWithJurisdiction(tx: DbTx, bodyId: number) {
  const body = await tx.body.findUnique({ where: { id: bodyId }, select: { id: true, jurisdiction: { select: { id: true, slug: true, name: true } } } });
  if (!body) return refuse('originBodyId', 'That body no longer exists; choose another.');
  if (!body.jurisdiction) return refuse('originBodyId', 'This body belongs to no jurisdiction; choose the chamber or council the measure comes from.');
  return { id: body.id, jurisdiction: body.jurisdiction };
}

async function sessionOf(tx: DbTx, sessionId: number | null) {
  if (sessionId == null) return null;
  const session = await tx.legislativeSession.findUnique({ where: { id: sessionId }, select: { id: true, identifier: true } });
  return session ?? refuse('sessionId', 'That session no longer exists; choose another.');
}

async function freeSlug(tx: DbTx, base: string): Promise<string> {
  const taken = new Set((await tx.measure.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((m) => m.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createMeasure(ctx: WriteContext, input: CreateMeasureInput): Promise<MutationResult<{ id: number; slug: string }>> {
  return run(ctx, null, null, async () => {
    const result = await ctx.db.$transaction(async (tx) => {
      const body = await bodyWithJurisdiction(tx, input.originBodyId);
      const session = await sessionOf(tx, input.sessionId);
      const normalizedIdentifier = normalizeIdentifier(input.identifier);
      if (normalizedIdentifier) {
        const twin = await tx.measure.findFirst({
          where: { normalizedIdentifier, jurisdictionId: body.jurisdiction.id, sessionId: input.sessionId },
          select: { title: true },
        });
        if (twin) refuse('identifier', `This jurisdiction already has ${input.identifier} in that session ("${twin.title}").`);
      }
      const slug = await freeSlug(
        tx,
        measureSlug({
          jurisdictionSlug: body.jurisdiction.slug, sessionIdentifier: session?.identifier, identifier: input.identifier,
          type: input.type, date: input.introducedOn, title: input.title,
        }),
      );
      const measure = await tx.measure.create({
        data: {
          slug, identifier: input.identifier, normalizedIdentifier, type: input.type, title: input.title, summary: input.summary,
          text: input.text, textUrl: input.textUrl, subjects: input.subjects, jurisdictionId: body.jurisdiction.id,
          originBodyId: body.id, sessionId: input.sessionId, introducedOn: input.introducedOn,
        },
      });
      await recordChange(tx, { ...ctx.actor, entityType: 'measure', entityId: measure.id, operation: 'create', measureId: measure.id, after: measure });

      // Relations that named this measure before it was in the database now point at it.
      const originBody = await tx.body.findUniqueOrThrow({ where: { id: body.id }, select: { name: true, shortName: true } });
      const resolved = await resolvePendingRelations(
        tx,
        { id: measure.id, normalizedIdentifier, jurisdiction: body.jurisdiction, bodyNames: [originBody.name, originBody.shortName].filter((n): n is string => !!n) },
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

export async function updateMeasure(ctx: WriteContext, input: UpdateMeasureInput): Promise<MutationResult<{ id: number }>> {
  return writeMeasure(ctx, { measureId: input.id, version: input.version }, async (tx, measure) => {
    const body = await bodyWithJurisdiction(tx, input.originBodyId);
    await sessionOf(tx, input.sessionId);
    const current = await tx.measure.findUniqueOrThrow({
      where: { id: measure.id },
      select: {
        identifier: true, normalizedIdentifier: true, type: true, title: true, summary: true, text: true, textUrl: true, subjects: true,
        jurisdictionId: true, originBodyId: true, sessionId: true, introducedOn: true,
      },
    });
    const next = {
      identifier: input.identifier, normalizedIdentifier: normalizeIdentifier(input.identifier), type: input.type, title: input.title,
      summary: input.summary, text: input.text, textUrl: input.textUrl, subjects: input.subjects, jurisdictionId: body.jurisdiction.id,
      originBodyId: body.id, sessionId: input.sessionId, introducedOn: input.introducedOn,
    };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measure.update({ where: { id: measure.id }, data: next });
      await recordChange(tx, { ...ctx.actor, entityType: 'measure', entityId: measure.id, operation: 'update', measureId: measure.id, before: change.before, after: change.after });
      if ('originBodyId' in change.after) await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    }
    return { value: { id: measure.id }, touched: { bodyIds: [current.originBodyId, body.id] } };
  });
}

// ---------- Actions (the timeline) ----------

async function checkBodies(tx: DbTx, fields: Record<string, number | null>) {
  for (const [field, id] of Object.entries(fields)) {
    if (id != null && !(await tx.body.count({ where: { id } }))) refuse(field, 'That body no longer exists; choose another.');
  }
}

function actionData(input: CreateActionInput) {
  return {
    date: input.date.date,
    datePrecision: input.date.precision,
    text: input.text,
    actingBodyId: input.actingBodyId,
    relatedBodyId: input.relatedBodyId,
    sourceCode: input.sourceCode,
    // Left empty, the classification comes from the text and the source code, as for imported actions.
    classification: input.classification.length ? input.classification : classifyAction({ text: input.text, sourceCode: input.sourceCode }),
  };
}

async function findChild<T>(found: Promise<T | null>, what: string): Promise<T> {
  const row = await found;
  if (!row) throw new Refusal(`That ${what} is no longer on this measure; reload the page.`);
  return row;
}

export async function addAction(ctx: WriteContext, input: CreateActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { actingBodyId: input.actingBodyId, relatedBodyId: input.relatedBodyId });
    const last = await tx.action.findFirst({ where: { measureId: measure.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const action = await tx.action.create({ data: { measureId: measure.id, position: (last?.position ?? -1) + 1, ...actionData(input) } });
    await recordChange(tx, { ...ctx.actor, entityType: 'action', entityId: action.id, operation: 'create', measureId: measure.id, after: action });
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: action.id }, touched: { bodyIds: [action.actingBodyId, action.relatedBodyId] } };
  });
}

export async function updateAction(ctx: WriteContext, input: UpdateActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { actingBodyId: input.actingBodyId, relatedBodyId: input.relatedBodyId });
    const current = await findChild(tx.action.findFirst({ where: { id: input.id, measureId: measure.id } }), 'action');
    const next = actionData(input);
    const change = diff(current, next);
    if (change.changed) {
      await tx.action.update({ where: { id: current.id }, data: next });
      await recordChange(tx, { ...ctx.actor, entityType: 'action', entityId: current.id, operation: 'update', measureId: measure.id, before: change.before, after: change.after });
      await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    }
    return { value: { id: current.id }, touched: { bodyIds: [current.actingBodyId, current.relatedBodyId, next.actingBodyId, next.relatedBodyId] } };
  });
}

export async function removeAction(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.action.findFirst({ where: { id: input.id, measureId: measure.id } }), 'action');
    await tx.action.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'action', entityId: current.id, operation: 'delete', measureId: measure.id, before: current });
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: current.id }, touched: { bodyIds: [current.actingBodyId, current.relatedBodyId] } };
  });
}

/** Swaps an action with its neighbour in the timeline. */
export async function moveAction(ctx: WriteContext, input: MoveActionInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const actions = await tx.action.findMany({ where: { measureId: measure.id }, orderBy: { position: 'asc' }, select: { id: true, position: true } });
    const index = actions.findIndex((a) => a.id === input.id);
    if (index < 0) throw new Refusal('That action is no longer on this measure; reload the page.');
    const other = actions[input.direction === 'up' ? index - 1 : index + 1];
    if (!other) throw new Refusal(`That action is already the ${input.direction === 'up' ? 'first' : 'last'}.`);
    const moved = actions[index]!;
    // (measureId, position) is unique: park one action while the other takes its place.
    await tx.action.update({ where: { id: moved.id }, data: { position: -1 } });
    await tx.action.update({ where: { id: other.id }, data: { position: moved.position } });
    await tx.action.update({ where: { id: moved.id }, data: { position: other.position } });
    for (const [row, to] of [[moved, other.position], [other, moved.position]] as const) {
      await recordChange(tx, { ...ctx.actor, entityType: 'action', entityId: row.id, operation: 'update', measureId: measure.id, before: { position: row.position }, after: { position: to } });
    }
    await recomputeMeasureStatus(tx, measure.id, { actor: ctx.actor });
    return { value: { id: moved.id } };
  });
}

// ---------- Sponsors ----------

async function sponsorshipData(tx: DbTx, input: CreateSponsorshipInput) {
  let name = input.nameAsGiven;
  if (input.personId != null) {
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { name: true } });
    if (!person) refuse('personId', 'That person no longer exists; choose another or type the name.');
    name ??= person!.name;
  }
  return {
    personId: input.personId, nameAsGiven: name!, kind: input.kind, isOriginal: input.isOriginal,
    sponsoredOn: input.sponsoredOn, withdrawnOn: input.withdrawnOn,
  };
}

export async function addSponsorship(ctx: WriteContext, input: CreateSponsorshipInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const data = await sponsorshipData(tx, input);
    if (data.personId != null && (await tx.sponsorship.count({ where: { measureId: measure.id, personId: data.personId } }))) {
      refuse('personId', 'This person already sponsors the measure; edit that sponsorship instead.');
    }
    const last = await tx.sponsorship.findFirst({ where: { measureId: measure.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const sponsorship = await tx.sponsorship.create({ data: { measureId: measure.id, position: (last?.position ?? -1) + 1, ...data } });
    await recordChange(tx, { ...ctx.actor, entityType: 'sponsorship', entityId: sponsorship.id, operation: 'create', measureId: measure.id, after: sponsorship });
    return { value: { id: sponsorship.id }, touched: { personIds: [sponsorship.personId] } };
  });
}

export async function updateSponsorship(ctx: WriteContext, input: SponsorshipInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.sponsorship.findFirst({ where: { id: input.id, measureId: measure.id } }), 'sponsorship');
    const next = await sponsorshipData(tx, input);
    const change = diff(current, next);
    if (change.changed) {
      await tx.sponsorship.update({ where: { id: current.id }, data: next });
      await recordChange(tx, { ...ctx.actor, entityType: 'sponsorship', entityId: current.id, operation: 'update', measureId: measure.id, before: change.before, after: change.after });
    }
    return { value: { id: current.id }, touched: { personIds: [current.personId, next.personId] } };
  });
}

export async function removeSponsorship(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.sponsorship.findFirst({ where: { id: input.id, measureId: measure.id } }), 'sponsorship');
    await tx.sponsorship.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'sponsorship', entityId: current.id, operation: 'delete', measureId: measure.id, before: current });
    return { value: { id: current.id }, touched: { personIds: [current.personId] } };
  });
}

// ---------- Addressees ----------

export async function addTarget(ctx: WriteContext, input: CreateTargetInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    await checkBodies(tx, { bodyId: input.bodyId });
    if (input.personId != null && !(await tx.person.count({ where: { id: input.personId } }))) refuse('personId', 'That person no longer exists; choose another.');
    const last = await tx.measureTarget.findFirst({ where: { measureId: measure.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const target = await tx.measureTarget.create({
      data: {
        measureId: measure.id, verb: input.verb, bodyId: input.bodyId, personId: input.personId, entityName: input.entityName,
        roleAsWritten: input.roleAsWritten, quote: input.quote, position: (last?.position ?? -1) + 1,
      },
    });
    await recordChange(tx, { ...ctx.actor, entityType: 'measureTarget', entityId: target.id, operation: 'create', measureId: measure.id, after: target });
    return { value: { id: target.id }, touched: { bodyIds: [target.bodyId], personIds: [target.personId] } };
  });
}

export async function updateTarget(ctx: WriteContext, input: TargetInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.measureTarget.findFirst({ where: { id: input.id, measureId: measure.id } }), 'addressee');
    await checkBodies(tx, { bodyId: input.bodyId });
    if (input.personId != null && !(await tx.person.count({ where: { id: input.personId } }))) refuse('personId', 'That person no longer exists; choose another.');
    const next = { verb: input.verb, bodyId: input.bodyId, personId: input.personId, entityName: input.entityName, roleAsWritten: input.roleAsWritten, quote: input.quote };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measureTarget.update({ where: { id: current.id }, data: next });
      await recordChange(tx, { ...ctx.actor, entityType: 'measureTarget', entityId: current.id, operation: 'update', measureId: measure.id, before: change.before, after: change.after });
    }
    return { value: { id: current.id }, touched: { bodyIds: [current.bodyId, next.bodyId], personIds: [current.personId, next.personId] } };
  });
}

export async function removeTarget(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.measureTarget.findFirst({ where: { id: input.id, measureId: measure.id } }), 'addressee');
    await tx.measureTarget.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'measureTarget', entityId: current.id, operation: 'delete', measureId: measure.id, before: current });
    return { value: { id: current.id }, touched: { bodyIds: [current.bodyId], personIds: [current.personId] } };
  });
}

// ---------- Relations ----------

export async function addRelation(ctx: WriteContext, input: CreateRelationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const inserted = await insertRelation(tx, ctx.actor, measure.id, input);
    if (!inserted.ok) return refuse(inserted.field, inserted.message);
    return { value: { id: inserted.id, toMeasureId: inserted.toMeasureId }, touched: { measureIds: [inserted.toMeasureId] } };
  });
}

export async function updateRelation(ctx: WriteContext, input: UpdateRelationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.measureRelation.findFirst({ where: { id: input.id, fromMeasureId: measure.id } }), 'relation');
    if (input.type !== current.type) {
      const target = current.toMeasureId != null ? { toMeasureId: current.toMeasureId } : { toMeasureId: null, targetNormalized: current.targetNormalized };
      if (await tx.measureRelation.count({ where: { fromMeasureId: measure.id, type: input.type, ...target, id: { not: current.id } } })) {
        refuse('type', 'This measure already has that relation to the same measure.');
      }
    }
    const next = { type: input.type, evidenceQuote: input.evidenceQuote, evidenceUrl: input.evidenceUrl };
    const change = diff(current, next);
    if (change.changed) {
      await tx.measureRelation.update({ where: { id: current.id }, data: next });
      await recordChange(tx, { ...ctx.actor, entityType: 'measureRelation', entityId: current.id, operation: 'update', measureId: measure.id, before: change.before, after: change.after });
    }
    return { value: { id: current.id }, touched: { measureIds: [current.toMeasureId] } };
  });
}

export async function removeRelation(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.measureRelation.findFirst({ where: { id: input.id, fromMeasureId: measure.id } }), 'relation');
    await tx.measureRelation.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'measureRelation', entityId: current.id, operation: 'delete', measureId: measure.id, before: current });
    return { value: { id: current.id }, touched: { measureIds: [current.toMeasureId] } };
  });
}

// ---------- Sources ----------

export async function addCitation(ctx: WriteContext, input: CreateCitationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    let sourceId = input.sourceId;
    if (sourceId != null) {
      if (!(await tx.source.count({ where: { id: sourceId } }))) refuse('sourceId', 'That source no longer exists; choose another.');
      if (await tx.sourceCitation.count({ where: { sourceId, measureId: measure.id } })) refuse('sourceId', 'This source is already cited on the measure.');
    } else {
      const source = await tx.source.create({
        data: { url: input.url, title: input.title!, publisher: input.publisher, kind: input.kind!, publishedOn: input.publishedOn },
      });
      await recordChange(tx, { ...ctx.actor, entityType: 'source', entityId: source.id, operation: 'create', measureId: measure.id, after: source });
      sourceId = source.id;
    }
    const citation = await tx.sourceCitation.create({ data: { sourceId, measureId: measure.id, note: input.note } });
    await recordChange(tx, { ...ctx.actor, entityType: 'sourceCitation', entityId: citation.id, operation: 'create', measureId: measure.id, after: citation });
    return { value: { id: citation.id, sourceId } };
  });
}

export async function updateCitation(ctx: WriteContext, input: UpdateCitationInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.sourceCitation.findFirst({ where: { id: input.id, measureId: measure.id }, include: { source: true } }), 'source');
    const noteChange = diff({ note: current.note }, { note: input.note });
    if (noteChange.changed) {
      await tx.sourceCitation.update({ where: { id: current.id }, data: { note: input.note } });
      await recordChange(tx, { ...ctx.actor, entityType: 'sourceCitation', entityId: current.id, operation: 'update', measureId: measure.id, before: noteChange.before, after: noteChange.after });
    }
    const source = { title: input.title, kind: input.kind, url: input.url, publisher: input.publisher, publishedOn: input.publishedOn };
    const sourceChange = diff(current.source, source);
    if (sourceChange.changed) {
      await tx.source.update({ where: { id: current.sourceId }, data: source });
      await recordChange(tx, { ...ctx.actor, entityType: 'source', entityId: current.sourceId, operation: 'update', measureId: measure.id, before: sourceChange.before, after: sourceChange.after });
    }
    // The source is shown wherever it is cited: those measures' pages change too.
    const others = sourceChange.changed ? await tx.sourceCitation.findMany({ where: { sourceId: current.sourceId }, select: { measureId: true, personId: true, bodyId: true } }) : [];
    return {
      value: { id: current.id },
      touched: { measureIds: others.map((c) => c.measureId), personIds: others.map((c) => c.personId), bodyIds: others.map((c) => c.bodyId) },
    };
  });
}

export async function removeCitation(ctx: WriteContext, input: RemoveChildInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const current = await findChild(tx.sourceCitation.findFirst({ where: { id: input.id, measureId: measure.id } }), 'source');
    await tx.sourceCitation.delete({ where: { id: current.id } });
    await recordChange(tx, { ...ctx.actor, entityType: 'sourceCitation', entityId: current.id, operation: 'delete', measureId: measure.id, before: current });
    return { value: { id: current.id } };
  });
}

// ---------- Status override ----------

const overrideSelect = { overrideStage: true, overrideOutcome: true, overrideReason: true, overrideById: true, overrideAt: true } as const;

/** An editor's correction of the derived status, stored with its author and reason (the page shows both). */
export async function setStatusOverride(ctx: WriteContext, input: StatusOverrideInput) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    if (!ctx.actor.actorId) throw new Refusal('A status override must be made by a signed-in editor.');
    const before = await tx.measure.findUniqueOrThrow({ where: { id: measure.id }, select: overrideSelect });
    const after = await tx.measure.update({
      where: { id: measure.id },
      data: { overrideStage: input.overrideStage ?? null, overrideOutcome: input.overrideOutcome ?? null, overrideReason: input.reason, overrideById: ctx.actor.actorId, overrideAt: new Date() },
      select: overrideSelect,
    });
    await recordChange(tx, { ...ctx.actor, entityType: 'measure', entityId: measure.id, operation: 'update', measureId: measure.id, before, after });
    return { value: { id: measure.id } };
  });
}

export async function clearStatusOverride(ctx: WriteContext, input: MeasureRef) {
  return writeMeasure(ctx, input, async (tx, measure) => {
    const before = await tx.measure.findUniqueOrThrow({ where: { id: measure.id }, select: overrideSelect });
    if (!before.overrideReason && !before.overrideStage && !before.overrideOutcome) throw new Refusal('The status is not overridden.');
    const after = await tx.measure.update({
      where: { id: measure.id },
      data: { overrideStage: null, overrideOutcome: null, overrideReason: null, overrideById: null, overrideAt: null },
      select: overrideSelect,
    });
    await recordChange(tx, { ...ctx.actor, entityType: 'measure', entityId: measure.id, operation: 'update', measureId: measure.id, before, after });
    return { value: { id: measure.id } };
  });
}

// ---------- Deleting a measure ----------

/**
 * Deletes a measure with everything that belongs to it (actions, sponsorships, addressees, relations both ways,
 * citations, follows, positions: all cascade). The change event keeps the measure's details and counts, so the audit
 * log says what was lost. The editor confirms by typing the measure's name as the page shows it.
 */
export async function deleteMeasure(ctx: WriteContext, input: DeleteMeasureInput): Promise<MutationResult<{ id: number }>> {
  return run(ctx, input.measureId, input.version, async () => {
    const { before, changed } = await ctx.db.$transaction(async (tx) => {
      const measure = await tx.measure.findUnique({
        where: { id: input.measureId },
        include: {
          originBody: { select: { name: true } },
          sponsorships: { select: { personId: true } },
          targets: { select: { bodyId: true, personId: true } },
          relationsFrom: { select: { toMeasureId: true } },
          relationsTo: { select: { fromMeasureId: true } },
          _count: { select: { actions: true, sponsorships: true, targets: true, relationsFrom: true, relationsTo: true, citations: true, follows: true, positions: true } },
        },
      });
      if (!measure) throw new Refusal('This measure no longer exists.');
      if (measure.version !== input.version) throw new VersionConflict();
      if (input.confirm.toLowerCase() !== measureName(measure).toLowerCase()) {
        refuse('confirm', `Type “${measureName(measure)}” exactly to confirm.`);
      }
      const { originBody, sponsorships, targets, relationsFrom, relationsTo, _count, ...fields } = measure;
      await tx.measure.delete({ where: { id: measure.id } });
      await recordChange(tx, { ...ctx.actor, entityType: 'measure', entityId: measure.id, operation: 'delete', measureId: measure.id, before: { ...fields, removedWithIt: _count } });
      const changed: ChangedRecord[] = [
        {
          kind: 'measure', id: measure.id, slug: measure.slug,
          personIds: ids([...sponsorships.map((s) => s.personId), ...targets.map((t) => t.personId)]),
          bodyIds: ids([measure.originBodyId, measure.currentBodyId, ...targets.map((t) => t.bodyId)]),
        },
        ...ids([...relationsFrom.map((r) => r.toMeasureId), ...relationsTo.map((r) => r.fromMeasureId)]).map((id): ChangedRecord => ({ kind: 'measure', id })),
      ];
      return { before: measure, changed };
    }, TX_OPTIONS);
    return { ok: true, value: { id: before.id }, changed };
  });
}
