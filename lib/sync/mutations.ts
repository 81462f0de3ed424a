// What the admin page and `npm run sync` do to sources: checked input in, a row out, or the reasons by field.
import type { DbClient } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/write/duplicate-key';
import { nextRunAfter, parseSettings, scheduleProblem, SOURCE_KINDS, type SourceKind } from './sources';

export type SourceInput = { kind: string; name: string; jurisdiction: string; settings: string; schedule: string };

export type SourceResult = { ok: true; id: number } | { ok: false; errors: Record<string, string[]> };

/** The settings JSON as typed, checked against the kind's schema: the parsed settings or the errors by field. */
export function checkSource(input: SourceInput) {
  const errors: Record<string, string[]> = {};
  const kind = input.kind as SourceKind;
  if (!SOURCE_KINDS.includes(kind)) errors.kind = [`Choose one of: ${SOURCE_KINDS.join(', ')}.`];
  const name = input.name.trim();
  if (!name) errors.name = ['Give the source a name (it names the sync on every change it writes).'];
  else if (name.length > 100) errors.name = ['At most 100 characters.'];
  const jurisdiction = input.jurisdiction.trim();
  if (!jurisdiction) errors.jurisdiction = ['Name the jurisdiction (e.g. United States, Chicago).'];
  const problem = scheduleProblem(input.schedule);
  if (problem) errors.schedule = [`Not a schedule: ${problem}.`];
  let settings: unknown = null;
  if (SOURCE_KINDS.includes(kind)) {
    let json: unknown;
    try {
      json = input.settings.trim() ? JSON.parse(input.settings) : {};
    } catch (error) {
      errors.settings = [`Not JSON: ${(error as Error).message}.`];
    }
    if (!errors.settings) {
      const parsed = parseSettings(kind, json);
      if (parsed.ok) settings = parsed.settings;
      else errors.settings = parsed.errors;
    }
  }
  return { errors, value: { kind, name, jurisdiction, schedule: input.schedule.trim(), settings } };
}

export async function createSource(db: DbClient, input: SourceInput): Promise<SourceResult> {
  const { errors, value } = checkSource(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  try {
    const row = await db.syncSource.create({
      data: {
        kind: value.kind,
        name: value.name,
        jurisdiction: value.jurisdiction,
        schedule: value.schedule,
        settings: value.settings as object,
        nextRunAt: nextRunAfter(value.schedule),
      },
    });
    return { ok: true, id: row.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { name: ['A source has this name already.'] } };
    throw error;
  }
}

/** Edits the settings (the mapping of a Legistar source) and the schedule of a source. */
export async function updateSource(
  db: DbClient,
  id: number,
  input: Pick<SourceInput, 'settings' | 'schedule'>,
): Promise<SourceResult> {
  const row = await db.syncSource.findUnique({ where: { id } });
  if (!row) return { ok: false, errors: { _form: ['This source no longer exists.'] } };
  const { errors, value } = checkSource({ ...input, kind: row.kind, name: row.name, jurisdiction: row.jurisdiction });
  if (Object.keys(errors).length) return { ok: false, errors };
  await db.syncSource.update({
    where: { id },
    data: { settings: value.settings as object, schedule: value.schedule, nextRunAt: nextRunAfter(value.schedule) },
  });
  return { ok: true, id };
}

export async function setPaused(db: DbClient, id: number, paused: boolean): Promise<boolean> {
  const row = await db.syncSource.findUnique({ where: { id }, select: { schedule: true } });
  if (!row) return false;
  await db.syncSource.update({
    where: { id },
    data: { paused, nextRunAt: paused ? null : nextRunAfter(row.schedule) },
  });
  return true;
}

/** Removes the source, its runs and its cursors; what it imported stays (it is the record now). */
export async function deleteSource(db: DbClient, id: number): Promise<boolean> {
  const { count } = await db.syncSource.deleteMany({ where: { id } });
  return count > 0;
}
