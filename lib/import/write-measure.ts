// Writes one measure as a file describes it, in the file's transaction: the measure, its timeline (classified by
// lib/status), sponsors, addressees, relations and the file as its source; then its derived status. Only what
// differs is written (lib/write/sync.ts), so importing the same file again records nothing.
import { measureSlug, normalizeIdentifier } from '@/lib/measures/identifier';
import { sameValue } from '@/lib/write/compare';
import { day, sync } from '@/lib/write/sync';
import { actorOf, type ImportContext } from './context';
import { count } from './count';
import { createOneRecorded, flushEvents } from './create-recorded';
import type { MeasureData } from './measure-data';
import { resolvePendingRelations } from '@/lib/relations/resolve';
import { olderThanStored } from './record-freshness';
import { uniqueSlug } from '@/lib/write/unique-slug';
import { writeStatus } from './write-status';
import { citeFile, writeRelations } from './write-measure-links';
import { writeActions, writeSponsors, writeTargets } from './write-measure-rows';

export type { ActionData, MeasureData, RelationData, SourceData, SponsorData, TargetData } from './measure-data';

/**
 * The measure the file is about, and whether the slug a new one would take is free, in one query; numbered slugs
 * are searched for only when it is not.
 */
async function findMeasure(ctx: ImportContext, m: MeasureData, normalizedIdentifier: string | null, slugBase: string) {
  const place = { jurisdictionId: m.jurisdiction.id, sessionId: m.session?.id ?? null };
  const rows = await ctx.tx.measure.findMany({
    where: { OR: [{ slug: slugBase }, ...(normalizedIdentifier ? [{ normalizedIdentifier, ...place }] : [])] },
    orderBy: { id: 'asc' },
  });
  const existing = normalizedIdentifier
    ? (rows.find(
        (r) =>
          r.normalizedIdentifier === normalizedIdentifier &&
          r.jurisdictionId === place.jurisdictionId &&
          r.sessionId === place.sessionId,
      ) ?? null)
    : null;
  const slug =
    existing?.slug ??
    (rows.some((r) => r.slug === slugBase) ? await uniqueSlug(ctx.tx, 'measure', slugBase) : slugBase);
  return { existing, slug };
}

/**
 * Why a file about this measure must not be written (its record is older than the stored one), or null. Formats
 * that write other rows before the measure (a Bill Status file's members) ask first, so an old file writes nothing.
 */
export async function staleRecord(
  ctx: ImportContext,
  m: { jurisdictionId: number; sessionId: number | null; identifier: string | null; recordUpdatedAt?: string | null },
): Promise<string | null> {
  const normalizedIdentifier = normalizeIdentifier(m.identifier);
  if (!normalizedIdentifier || !m.recordUpdatedAt) return null;
  const stored = await ctx.tx.measure.findFirst({
    where: { normalizedIdentifier, jurisdictionId: m.jurisdictionId, sessionId: m.sessionId },
    select: { recordUpdatedAt: true },
    orderBy: { id: 'asc' },
  });
  return stored ? olderThanStored(stored.recordUpdatedAt, m.recordUpdatedAt) : null;
}

export type WrittenMeasure = {
  id: number;
  slug: string;
  created: boolean;
  /** Why nothing was written. */ skipped?: string;
};

/** The record's update time, written without a change event: it is bookkeeping, not news for followers. */
async function markRecordTime(
  ctx: ImportContext,
  measure: { id: number; recordUpdatedAt: Date | null },
  at: string | null | undefined,
) {
  if (!at || sameValue('recordUpdatedAt', measure.recordUpdatedAt, new Date(at))) return;
  await ctx.tx.measure.update({
    where: { id: measure.id },
    data: { recordUpdatedAt: new Date(at) },
    select: { id: true },
  });
}

export async function writeMeasure(ctx: ImportContext, m: MeasureData): Promise<WrittenMeasure> {
  const { tx } = ctx;
  const normalizedIdentifier = normalizeIdentifier(m.identifier);
  const slugBase = measureSlug({
    jurisdictionSlug: m.jurisdiction.slug,
    sessionIdentifier: m.session?.identifier,
    identifier: m.identifier,
    type: m.type,
    date: m.introducedOn,
    title: m.title,
  });
  const { existing, slug } = await findMeasure(ctx, m, normalizedIdentifier, slugBase);
  const older = existing ? olderThanStored(existing.recordUpdatedAt, m.recordUpdatedAt) : null;
  if (existing && older) {
    ctx.warnings.push(older);
    return { id: existing.id, slug: existing.slug, created: false, skipped: older };
  }
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
    // A format that names no laws (a council CSV) leaves the record's list as it is.
    ...(m.laws ? { recordLaws: m.laws } : {}),
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
    : await createOneRecorded(
        ctx,
        'measure',
        () => tx.measure.create({ data: { slug, ...fields } }),
        (row) => row.id,
      );
  const measureId = measure.id;
  await markRecordTime(ctx, measure, m.recordUpdatedAt);

  // A new measure has no rows of its own yet: nothing to read before writing them.
  const isNew = !existing;
  const measureWritten = ctx.report.changeEvents > eventsBefore;
  const eventsBeforeRows = ctx.report.changeEvents;
  const timeline = await writeActions(ctx, measureId, m.actions, isNew);
  const personIds = await writeSponsors(ctx, measureId, m.sponsors, isNew);
  await writeTargets(ctx, measureId, m.targets);
  await writeRelations(ctx, measureId, m.relations, isNew, m.relationsComplete);
  await citeFile(ctx, measureId, m.source, isNew);
  // An editor's form holds the measure's rows too: when only they changed, the version still moves on, so a form
  // loaded before this import is refused instead of writing its stale rows back (the sync above bumped it already
  // when the measure's own fields changed).
  if (!isNew && !measureWritten && ctx.report.changeEvents > eventsBeforeRows) {
    await tx.measure.update({ where: { id: measureId }, data: { version: { increment: 1 } }, select: { id: true } });
  }
  await writeStatus(ctx, measure, timeline);
  // Events in the order of the writes (the measure's creation before its derived status), before any resolution's.
  await flushEvents(ctx);

  const waitingFor = existing
    ? []
    : await resolvePendingRelations(
        tx,
        { id: measureId, normalizedIdentifier, jurisdiction: m.jurisdiction, session: m.session },
        actorOf(ctx),
      );
  count(ctx, 'updated', 'measureRelation', waitingFor.length);
  for (const relation of waitingFor) ctx.changed.push({ kind: 'measure', id: relation.fromMeasureId });
  if (ctx.report.changeEvents > eventsBefore || waitingFor.length) {
    const bodyIds = [m.originBodyId, ...m.targets.flatMap((t) => (t.bodyId ? [t.bodyId] : []))];
    ctx.changed.push({ kind: 'measure', id: measureId, slug, personIds, bodyIds });
  }
  return { id: measureId, slug, created: !existing };
}
