// How every editor's write to a measure runs: one transaction that first claims the version the editor loaded
// (lib/write/editor-write.ts: a stale version refuses the save, nothing is overwritten), then writes and records its
// change events, and returns the records it changed so the server action can revalidate exactly their cache tags
// (lib/cache/tags.ts). Each file beside this one holds the writes to one part of a measure.

import 'server-only';
import type { ChangedRecord } from '@/lib/cache/tags';
import type { DbTx } from '@/lib/changes/record-change';
import {
  TX_OPTIONS,
  claimVersion,
  guarded,
  type CurrentRecord,
  type MutationResult,
  type WriteContext,
} from '@/lib/write/editor-write';
import type { MeasureRef } from '../schemas';

export type { CurrentRecord, MutationResult, WriteContext };

/** The measure as it is now, shown to an editor whose save was refused because someone else saved first. */
export type CurrentMeasure = CurrentRecord;

export type Touched = {
  personIds?: (number | null | undefined)[];
  bodyIds?: (number | null | undefined)[];
  measureIds?: (number | null | undefined)[];
};

/** The distinct ids among `list`, without the missing ones. */
export const ids = (list: (number | null | undefined)[] = []) => [
  ...new Set(list.filter((id): id is number => typeof id === 'number')),
];

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : '');

/** The measure's details as a form shows them, with who saved it last: what a refused editor is shown. */
export async function getCurrentMeasure(db: DbTx, measureId: number): Promise<CurrentMeasure | null> {
  const measure = await db.measure.findUnique({
    where: { id: measureId },
    select: {
      version: true,
      identifier: true,
      type: true,
      title: true,
      summary: true,
      textUrl: true,
      subjects: true,
      introducedOn: true,
      originBody: { select: { name: true } },
      session: { select: { name: true } },
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

/** Runs `work` with the measure editor's refusals and its conflict message (which shows the measure as it is now). */
export function guardedMeasure<T>(
  ctx: WriteContext,
  measureId: number | null,
  loaded: number | null,
  work: () => Promise<MutationResult<T>>,
) {
  return guarded(
    'measure',
    loaded,
    async () => (measureId == null ? null : getCurrentMeasure(ctx.db, measureId)),
    work,
  );
}

/**
 * Runs `write` in a transaction after claiming the measure's version: a version that moved on since the editor
 * loaded the form means someone else saved, and the save is refused.
 */
export async function writeMeasure<T>(
  ctx: WriteContext,
  ref: MeasureRef,
  write: (
    tx: DbTx,
    measure: { id: number; slug: string; originBodyId: number },
  ) => Promise<{ value: T; touched?: Touched }>,
): Promise<MutationResult<T>> {
  return guardedMeasure(ctx, ref.measureId, ref.version, async () => {
    const { value, measure, touched } = await ctx.db.$transaction(async (tx) => {
      await claimVersion(tx, 'measure', ref.measureId, ref.version);
      const measure = await tx.measure.findUniqueOrThrow({
        where: { id: ref.measureId },
        select: { id: true, slug: true, originBodyId: true },
      });
      return { measure, ...(await write(tx, measure)) };
    }, TX_OPTIONS);
    const changed: ChangedRecord[] = [
      {
        kind: 'measure',
        id: measure.id,
        slug: measure.slug,
        personIds: ids(touched?.personIds),
        bodyIds: ids([measure.originBodyId, ...(touched?.bodyIds ?? [])]),
      },
      ...ids(touched?.measureIds)
        .filter((id) => id !== measure.id)
        .map((id): ChangedRecord => ({ kind: 'measure', id })),
    ];
    return { ok: true, value, changed };
  });
}
