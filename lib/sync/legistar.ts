// City and county councils through the Legistar Web API (https://webapi.legistar.com/v1/<client>/..., no key for
// most councils): bodies, matters changed since the cursor (OData $filter on MatterLastModifiedUtc), each matter's
// histories, sponsors and attachments, then events (meetings) changed since theirs with their agenda items.
// Matter types and action names differ per council: the source's mapping (editable on /admin/sources) maps them
// onto ours, and a value it lacks is reported on the run and the matter held back, never guessed (decision 041).
import type { ImportContext } from '@/lib/import/context';
import { ensureBody, ensureJurisdiction } from '@/lib/import/bodies';
import { writeMeasure, type ActionData, type SponsorData } from '@/lib/import/write-measure';
import { slugify } from '@/lib/measures/identifier';
import type { MeasureType } from '@/lib/generated/prisma/enums';
import { sync } from '@/lib/write/sync';
import { createRecorded } from '@/lib/import/create-recorded';
import { matchPerson } from '@/lib/import/people';
import { changeEventData, type ChangeInput, type DbTx } from '@/lib/changes/record-change';
import { inImport } from './in-import';
import type { RunContext } from './run';
import { legistarSettingsSchema, type LegistarSettings } from './sources';

export type LegistarBody = { BodyId: number; BodyName: string; BodyTypeName?: string | null };
export type LegistarMatter = {
  MatterId: number;
  MatterGuid?: string;
  MatterLastModifiedUtc: string;
  MatterFile?: string | null;
  MatterName?: string | null;
  MatterTitle?: string | null;
  MatterTypeName?: string | null;
  MatterStatusName?: string | null;
  MatterBodyId?: number | null;
  MatterBodyName?: string | null;
  MatterIntroDate?: string | null;
};
export type LegistarHistory = {
  MatterHistoryId: number;
  MatterHistoryActionDate: string | null;
  MatterHistoryActionName: string | null;
  MatterHistoryActionText?: string | null;
  MatterHistoryActionBodyId?: number | null;
  MatterHistoryActionBodyName?: string | null;
  MatterHistoryPassedFlagName?: string | null;
};
export type LegistarSponsor = {
  MatterSponsorName: string;
  MatterSponsorSequence?: number | null;
  /** The sponsor's PersonId. */
  MatterSponsorNameId?: number | null;
};
export type LegistarPerson = {
  PersonId: number;
  PersonFullName: string;
  PersonFirstName?: string | null;
  PersonLastName?: string | null;
  PersonActiveFlag?: number | null;
};
export type LegistarOfficeRecord = {
  OfficeRecordId: number;
  OfficeRecordPersonId: number;
  OfficeRecordFullName: string;
  OfficeRecordBodyId: number;
  OfficeRecordBodyName: string;
  OfficeRecordTitle?: string | null;
  OfficeRecordStartDate: string;
  OfficeRecordEndDate?: string | null;
};
export type LegistarAttachment = { MatterAttachmentName?: string | null; MatterAttachmentHyperlink?: string | null };
export type LegistarEvent = {
  EventId: number;
  EventLastModifiedUtc: string;
  EventBodyId?: number | null;
  EventBodyName: string;
  EventDate: string;
  EventTime?: string | null;
  EventLocation?: string | null;
  EventAgendaStatusName?: string | null;
  EventInSiteURL?: string | null;
};
export type LegistarEventItem = {
  EventItemId: number;
  EventItemAgendaSequence?: number | null;
  EventItemTitle?: string | null;
  EventItemActionName?: string | null;
  EventItemMatterId?: number | null;
};

type Cursor = { mattersSince?: string; eventsSince?: string };

const PAGE = 1000;

/** Legistar's times have no zone; they are UTC for *LastModifiedUtc. */
const utc = (value: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
const odataTime = (date: Date) =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, '')
    .replace(/Z$/, '');

/** A wall-clock time in `timeZone` as a UTC instant ("2024-03-13", "10:00 AM", "America/Chicago"). */
export function zonedTime(date: string, time: string | null | undefined, timeZone: string): Date {
  const day = date.slice(0, 10);
  const m = /^(\d{1,2}):(\d{2})\s*([AP]M)?$/i.exec((time ?? '').trim());
  let hours = m ? Number(m[1]) % 12 : 0;
  if (m && (m[3] ?? '').toUpperCase() === 'PM') hours += 12;
  if (m && !m[3]) hours = Number(m[1]);
  const minutes = m ? Number(m[2]) : 0;
  const asUtc = new Date(`${day}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00Z`);
  // The zone's offset at that moment, from what the zone's clock reads then.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(asUtc);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return new Date(asUtc.getTime() - (shown - asUtc.getTime()));
}

function apiBase(settings: LegistarSettings) {
  return `${settings.baseUrl.replace(/\/+$/, '')}/v1/${encodeURIComponent(settings.client)}`;
}

function withToken(url: string, settings: LegistarSettings) {
  return settings.token ? `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(settings.token)}` : url;
}

async function getJson<T>(ctx: RunContext, settings: LegistarSettings, url: string): Promise<T> {
  const result = await ctx.http.get(withToken(url, settings));
  if (result.notModified) throw new Error(`${url}: unexpected 304`);
  const text = Buffer.from(result.body).toString('utf8');
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`${url}: the answer is not JSON`);
  }
}

/** Every row changed since `since`, a page of $top at a time, oldest first. */
async function changedSince<T>(
  ctx: RunContext,
  settings: LegistarSettings,
  collection: 'matters' | 'events',
  field: string,
  since: Date,
): Promise<T[]> {
  const rows: T[] = [];
  for (let skip = 0; ; skip += PAGE) {
    // Spaces as %20, not "+": OData services differ on reading "+" as a space.
    const query = Object.entries({
      $filter: `${field} gt datetime'${odataTime(since)}'`,
      $orderby: `${field} asc`,
      $top: String(PAGE),
      $skip: String(skip),
    })
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
    const page = await getJson<T[]>(ctx, settings, `${apiBase(settings)}/${collection}?${query}`);
    if (!Array.isArray(page)) throw new Error(`${collection}: expected a JSON list`);
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

export async function runLegistar(ctx: RunContext): Promise<void> {
  const settings = legistarSettingsSchema.parse(ctx.source.settings);
  const cursor = (ctx.source.cursor ?? {}) as Cursor;
  const start = settings.since ? new Date(`${settings.since}T00:00:00Z`) : new Date(0);
  const bodies = new Map(
    (await getJson<LegistarBody[]>(ctx, settings, `${apiBase(settings)}/bodies`)).map((b) => [b.BodyId, b]),
  );
  const jurisdictionSpec = {
    slug: slugify(ctx.source.jurisdiction),
    name: ctx.source.jurisdiction,
    classification: 'municipality',
  };

  const bodyId = (ictx: ImportContext, jurisdictionId: number, id: number | null | undefined, name: string) => {
    const known = id != null ? bodies.get(id) : undefined;
    const type = (known?.BodyTypeName ?? '').toLowerCase();
    return ensureBody(ictx, {
      slug: slugify(`${ctx.source.jurisdiction} ${known?.BodyName ?? name}`),
      name: known?.BodyName ?? name,
      classification: type.includes('committee') ? 'committee' : 'legislature',
      jurisdictionId,
      parentId: null,
      ...(id != null ? { identifier: { scheme: `legistar:${settings.client}:body`, value: String(id) } } : {}),
    });
  };

  // ---- Council members: persons and their office records on the primary legislative body ----
  const people = await councilMembers(ctx, settings, [...bodies.values()], jurisdictionSpec, bodyId, start);

  // ---- Matters ----
  const matters = await changedSince<LegistarMatter>(
    ctx,
    settings,
    'matters',
    'MatterLastModifiedUtc',
    cursor.mattersSince ? new Date(cursor.mattersSince) : start,
  );
  ctx.log(`${matters.length} matters changed since ${cursor.mattersSince ?? settings.since ?? 'the start'}`);
  const stored = new Map(
    (
      await ctx.db.syncItem.findMany({
        where: { sourceId: ctx.source.id, key: { in: matters.map((m) => `matter:${m.MatterId}`) } },
        select: { key: true, lastModified: true },
      })
    ).map((i) => [i.key, i.lastModified]),
  );
  // The cursor moves up to the first matter held back, so it is read again next run (and the others are skipped
  // by their own item cursor).
  let heldBackAt: Date | null = null;
  let newest: Date | null = cursor.mattersSince ? new Date(cursor.mattersSince) : null;
  for (const matter of matters) {
    const modified = utc(matter.MatterLastModifiedUtc);
    const key = `matter:${matter.MatterId}`;
    const url = `${apiBase(settings)}/matters/${matter.MatterId}`;
    const prior = stored.get(key);
    const ok = await (async () => {
      if (prior && prior.getTime() >= modified.getTime()) {
        ctx.counts.unchanged++;
        return true;
      }
      await ctx.heartbeat();
      const type = settings.mapping.matterTypes[matter.MatterTypeName ?? ''] as MeasureType | undefined;
      if (!type) {
        ctx.counts.skipped++;
        await ctx.report(
          key,
          `unmapped matter type "${matter.MatterTypeName ?? ''}" (${matter.MatterFile ?? matter.MatterId}): add it to mapping.matterTypes; held back`,
          url,
        );
        return false;
      }
      let histories: LegistarHistory[];
      let sponsors: LegistarSponsor[];
      let attachments: LegistarAttachment[];
      try {
        histories = await getJson(ctx, settings, `${url}/histories`);
        sponsors = await getJson(ctx, settings, `${url}/sponsors`);
        attachments = await getJson(ctx, settings, `${url}/attachments`);
        ctx.counts.fetched++;
      } catch (error) {
        ctx.counts.failed++;
        await ctx.report(key, (error as Error).message, url);
        return false;
      }
      const unmapped = [
        ...new Set(
          histories.map((h) => h.MatterHistoryActionName ?? '').filter((name) => !(name in settings.mapping.actions)),
        ),
      ];
      if (unmapped.length) {
        ctx.counts.skipped++;
        await ctx.report(
          key,
          `unmapped action names ${unmapped.map((n) => `"${n}"`).join(', ')} (${matter.MatterFile ?? matter.MatterId}): add them to mapping.actions; held back`,
          url,
        );
        return false;
      }
      try {
        const { result: written } = await inImport(ctx, async (ictx) => {
          const jurisdictionId = await ensureJurisdiction(ictx, jurisdictionSpec);
          const jurisdiction = { id: jurisdictionId, ...jurisdictionSpec };
          const origin = await bodyId(ictx, jurisdictionId, matter.MatterBodyId, matter.MatterBodyName ?? 'Council');
          const actions: ActionData[] = [];
          const ordered = histories
            .filter((h) => h.MatterHistoryActionDate)
            .sort(
              (a, b) =>
                a.MatterHistoryActionDate!.localeCompare(b.MatterHistoryActionDate!) ||
                a.MatterHistoryId - b.MatterHistoryId,
            );
          for (const h of ordered) {
            const name = h.MatterHistoryActionName ?? '';
            actions.push({
              date: h.MatterHistoryActionDate!.slice(0, 10),
              text: [name, h.MatterHistoryPassedFlagName, h.MatterHistoryActionText].filter(Boolean).join(': '),
              sourceSystem: 'Legistar',
              actingBodyId: h.MatterHistoryActionBodyName
                ? await bodyId(ictx, jurisdictionId, h.MatterHistoryActionBodyId, h.MatterHistoryActionBodyName)
                : origin,
              relatedBodyId: null,
              classification: settings.mapping.actions[name] ?? [],
            });
          }
          const sponsorRows: SponsorData[] = [...sponsors]
            .sort((a, b) => (a.MatterSponsorSequence ?? 0) - (b.MatterSponsorSequence ?? 0))
            .map((s, i) => ({
              personId: s.MatterSponsorNameId != null ? (people.get(s.MatterSponsorNameId) ?? null) : null,
              nameAsGiven: s.MatterSponsorName,
              kind: i === 0 ? 'primary' : 'cosponsor',
              isOriginal: true,
              sponsoredOn: matter.MatterIntroDate?.slice(0, 10) ?? null,
            }));
          return writeMeasure(ictx, {
            jurisdiction,
            session: null,
            originBodyId: origin,
            identifier: matter.MatterFile?.trim() || null,
            type,
            title: (matter.MatterTitle ?? matter.MatterName ?? `Matter ${matter.MatterId}`).trim(),
            summary: null,
            textUrl: attachments.find((a) => a.MatterAttachmentHyperlink)?.MatterAttachmentHyperlink ?? null,
            subjects: [],
            introducedOn: matter.MatterIntroDate?.slice(0, 10) ?? null,
            actions,
            sponsors: sponsorRows,
            targets: [],
            relations: [],
            source: {
              url,
              title: `Legistar matter ${matter.MatterFile ?? matter.MatterId} (${settings.client})`,
              publisher: `${ctx.source.jurisdiction} (Legistar)`,
              kind: 'data',
            },
            recordUpdatedAt: modified.toISOString(),
          });
        });
        if (written.skipped) {
          ctx.counts.skipped++;
          await ctx.report(key, `skipped: ${written.skipped}`, url);
        } else if (written.created) ctx.counts.created++;
        else ctx.counts.updated++;
        await ctx.db.syncItem.upsert({
          where: { sourceId_key: { sourceId: ctx.source.id, key } },
          create: {
            sourceId: ctx.source.id,
            key,
            url,
            lastModified: modified,
            measureId: written.id,
            checkedAt: new Date(),
          },
          update: { url, lastModified: modified, measureId: written.id, checkedAt: new Date() },
        });
        return true;
      } catch (error) {
        ctx.counts.failed++;
        await ctx.report(key, `${matter.MatterFile ?? matter.MatterId}: ${(error as Error).message}`, url);
        return false;
      }
    })();
    if (!ok && !heldBackAt) heldBackAt = modified;
    if (!heldBackAt && (!newest || modified > newest)) newest = modified;
  }
  const mattersSince = heldBackAt ? new Date(heldBackAt.getTime() - 1) : newest;

  // ---- Events (meetings) and their agenda items ----
  const events = await changedSince<LegistarEvent>(
    ctx,
    settings,
    'events',
    'EventLastModifiedUtc',
    cursor.eventsSince ? new Date(cursor.eventsSince) : start,
  );
  let eventsSince = cursor.eventsSince ? new Date(cursor.eventsSince) : null;
  let eventHeld = false;
  for (const event of events) {
    await ctx.heartbeat();
    try {
      await writeMeeting(ctx, settings, event);
      const modified = utc(event.EventLastModifiedUtc);
      if (!eventHeld && (!eventsSince || modified > eventsSince)) eventsSince = modified;
    } catch (error) {
      eventHeld = true;
      ctx.counts.failed++;
      await ctx.report(
        `event:${event.EventId}`,
        (error as Error).message,
        `${apiBase(settings)}/events/${event.EventId}`,
      );
    }
  }
  await ctx.db.syncSource.update({
    where: { id: ctx.source.id },
    data: {
      cursor: {
        ...(mattersSince ? { mattersSince: mattersSince.toISOString() } : {}),
        ...(eventsSince ? { eventsSince: eventsSince.toISOString() } : {}),
      },
    },
  });
}

/**
 * The members of the council's primary legislative body (BodyTypeName "Primary Legislative Body"): its office
 * records ending on or after `start` (or not ended), each person read once, written as a Person (identified by
 * legistar:<client>:person) with a Membership of the body per term. Then their seats on the council's committees
 * (bodies whose type names a committee): a term per office record ("Chair", "Member"), for the council's own
 * members only, so the people of every board and commission are not imported. Returns Legistar PersonId → our
 * person id, for the matters' sponsors. A failure is reported and the run goes on (sponsors by name).
 */
async function councilMembers(
  ctx: RunContext,
  settings: LegistarSettings,
  bodies: LegistarBody[],
  jurisdictionSpec: { slug: string; name: string; classification: string },
  bodyId: (ictx: ImportContext, jurisdictionId: number, id: number, name: string) => Promise<number>,
  start: Date,
): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  const councils = bodies.filter((b) => /primary legislative body/i.test(b.BodyTypeName ?? ''));
  const committees = bodies.filter((b) => /committee/i.test(b.BodyTypeName ?? '') && !councils.includes(b));
  const scheme = `legistar:${settings.client}:person`;
  const recordsOf = (body: LegistarBody) =>
    `${apiBase(settings)}/officerecords?$filter=${encodeURIComponent(
      `OfficeRecordBodyId eq ${body.BodyId} and (OfficeRecordEndDate ge datetime'${odataTime(start)}' or OfficeRecordEndDate eq null)`,
    )}`;
  for (const council of councils) {
    const url = recordsOf(council);
    try {
      const records = await getJson<LegistarOfficeRecord[]>(ctx, settings, url);
      const persons = new Map<number, LegistarPerson>();
      for (const personId of new Set(records.map((r) => r.OfficeRecordPersonId))) {
        await ctx.heartbeat();
        persons.set(personId, await getJson<LegistarPerson>(ctx, settings, `${apiBase(settings)}/persons/${personId}`));
      }
      await inImport(ctx, async (ictx) => {
        const jurisdictionId = await ensureJurisdiction(ictx, jurisdictionSpec);
        const councilId = await bodyId(ictx, jurisdictionId, council.BodyId, council.BodyName);
        for (const [legistarId, p] of persons) {
          const match = await matchPerson(
            ictx,
            {
              name: p.PersonFullName,
              givenName: p.PersonFirstName ?? null,
              familyName: p.PersonLastName ?? null,
              identifiers: [{ scheme, value: String(legistarId) }],
              bodyId: councilId,
            },
            { owned: false },
          );
          if (match.personId === null) continue;
          ids.set(legistarId, match.personId);
          await writeTerms(
            ictx,
            match.personId,
            councilId,
            records.filter((r) => r.OfficeRecordPersonId === legistarId),
          );
        }
      });
      ctx.log(`${council.BodyName}: ${records.length} office records, ${persons.size} people`);
    } catch (error) {
      if ((error as Error).name === 'RunAborted') throw error;
      await ctx.report(`members:${council.BodyId}`, (error as Error).message, url);
    }
  }
  if (ids.size === 0) return ids;
  for (const committee of committees) {
    const url = recordsOf(committee);
    try {
      await ctx.heartbeat();
      const records = (await getJson<LegistarOfficeRecord[]>(ctx, settings, url)).filter((r) =>
        ids.has(r.OfficeRecordPersonId),
      );
      if (records.length === 0) continue;
      await inImport(ctx, async (ictx) => {
        const jurisdictionId = await ensureJurisdiction(ictx, jurisdictionSpec);
        const committeeId = await bodyId(ictx, jurisdictionId, committee.BodyId, committee.BodyName);
        for (const legistarId of new Set(records.map((r) => r.OfficeRecordPersonId))) {
          await writeTerms(
            ictx,
            ids.get(legistarId)!,
            committeeId,
            records.filter((r) => r.OfficeRecordPersonId === legistarId),
          );
        }
      });
      ctx.log(`${committee.BodyName}: ${records.length} office records of council members`);
    } catch (error) {
      if ((error as Error).name === 'RunAborted') throw error;
      await ctx.report(`members:${committee.BodyId}`, (error as Error).message, url);
    }
  }
  return ids;
}

/** A person's terms on one body from its office records: a Membership per start date, kept in line with the source. */
async function writeTerms(ictx: ImportContext, personId: number, bodyId: number, records: LegistarOfficeRecord[]) {
  const existing = await ictx.tx.membership.findMany({ where: { personId, bodyId } });
  const toCreate = [];
  for (const r of records) {
    const startDate = new Date(`${r.OfficeRecordStartDate.slice(0, 10)}T00:00:00Z`);
    const endDate = r.OfficeRecordEndDate ? new Date(`${r.OfficeRecordEndDate.slice(0, 10)}T00:00:00Z`) : null;
    const role = r.OfficeRecordTitle?.trim() || 'Member';
    const same = existing.find((m) => m.startDate?.getTime() === startDate.getTime());
    if (!same) {
      toCreate.push({ personId, bodyId, role, startDate, endDate });
      ictx.changed.push({ kind: 'person', id: personId });
    } else
      await sync(ictx, {
        entityType: 'membership',
        label: `${role} #${personId}`,
        existing: same,
        fields: { role, endDate },
        create: () => Promise.reject(new Error('unreachable')),
        update: (id, changed) => ictx.tx.membership.update({ where: { id }, data: changed }),
      });
  }
  await createRecorded(ictx, 'membership', toCreate, (data) => ictx.tx.membership.createManyAndReturn({ data }));
}

async function writeMeeting(ctx: RunContext, settings: LegistarSettings, event: LegistarEvent) {
  const url = `${apiBase(settings)}/events/${event.EventId}`;
  const items = await getJson<LegistarEventItem[]>(ctx, settings, `${url}/eventitems`);
  const matterIds = items.flatMap((i) => (i.EventItemMatterId ? [`matter:${i.EventItemMatterId}`] : []));
  const measures = new Map(
    (
      await ctx.db.syncItem.findMany({
        where: { sourceId: ctx.source.id, key: { in: matterIds } },
        select: { key: true, measureId: true },
      })
    ).map((i) => [i.key, i.measureId]),
  );
  const body =
    event.EventBodyId != null
      ? await ctx.db.externalIdentifier.findUnique({
          where: { scheme_value: { scheme: `legistar:${settings.client}:body`, value: String(event.EventBodyId) } },
          select: { bodyId: true },
        })
      : null;
  const data = {
    bodyId: body?.bodyId ?? null,
    bodyName: event.EventBodyName,
    startsAt: zonedTime(event.EventDate, event.EventTime, settings.timeZone),
    location: event.EventLocation ?? null,
    status: event.EventAgendaStatusName ?? null,
    url: event.EventInSiteURL ?? url,
  };
  const measureIds = new Set<number>();
  await ctx.db.$transaction(async (tx) => {
    const key = { sourceId_externalId: { sourceId: ctx.source.id, externalId: String(event.EventId) } };
    const previous = await tx.meeting.findUnique({
      where: key,
      select: { startsAt: true, items: { select: { measureId: true } } },
    });
    const meeting = await tx.meeting.upsert({
      where: key,
      create: { sourceId: ctx.source.id, externalId: String(event.EventId), ...data },
      update: data,
    });
    const before = new Set(previous?.items.flatMap((i) => (i.measureId ? [i.measureId] : [])) ?? []);
    for (const id of before) measureIds.add(id);
    await tx.meetingItem.deleteMany({ where: { meetingId: meeting.id } });
    const after = new Set<number>();
    await tx.meetingItem.createMany({
      data: items.map((item, index) => {
        const measureId = item.EventItemMatterId ? (measures.get(`matter:${item.EventItemMatterId}`) ?? null) : null;
        if (measureId) {
          measureIds.add(measureId);
          after.add(measureId);
        }
        return {
          meetingId: meeting.id,
          position: index,
          title: (item.EventItemTitle ?? '').trim() || '(untitled item)',
          actionText: item.EventItemActionName ?? null,
          measureId,
        };
      }),
    });
    await recordAgendaChanges(tx, ctx, settings, {
      meeting: { id: meeting.id, ...data },
      previousStartsAt: previous?.startsAt ?? null,
      before,
      after,
    });
  });
  // The pages showing meetings: the measures on the agenda and the body.
  for (const id of measureIds) ctx.changed.push({ kind: 'measure', id });
  if (data.bodyId) ctx.changed.push({ kind: 'body', id: data.bodyId });
}

/**
 * Followers of a measure hear when it is put on an upcoming meeting's agenda, taken off it, or when that meeting
 * moves: one change event per measure, by the sync's actor (the fan-out trigger turns each into notifications).
 * Meetings already past say nothing: the measure's own history tells what happened there.
 */
async function recordAgendaChanges(
  tx: DbTx,
  ctx: RunContext,
  settings: LegistarSettings,
  change: {
    meeting: { id: number; bodyName: string; startsAt: Date; location: string | null };
    previousStartsAt: Date | null;
    before: Set<number>;
    after: Set<number>;
  },
) {
  const { meeting, previousStartsAt, before, after } = change;
  const upcoming = meeting.startsAt.getTime() >= Date.now() - 12 * 3_600_000;
  if (!upcoming) return;
  const when = new Intl.DateTimeFormat('en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: settings.timeZone,
  }).format(meeting.startsAt);
  const record = (text: string) => ({
    meetingId: meeting.id,
    bodyName: meeting.bodyName,
    startsAt: meeting.startsAt,
    location: meeting.location,
    text,
  });
  const moved = previousStartsAt != null && previousStartsAt.getTime() !== meeting.startsAt.getTime();
  const base = { actorLabel: ctx.actorLabel, entityType: 'meeting' as const, entityId: meeting.id };
  const changes: ChangeInput[] = [];
  for (const measureId of after) {
    if (!before.has(measureId)) {
      changes.push({
        ...base,
        operation: 'create',
        measureId,
        after: record(`On the agenda of the ${meeting.bodyName} meeting of ${when}`),
      });
    } else if (moved) {
      changes.push({
        ...base,
        operation: 'update',
        measureId,
        before: { startsAt: previousStartsAt },
        after: record(`The ${meeting.bodyName} meeting with it on the agenda moved to ${when}`),
      });
    }
  }
  for (const measureId of before) {
    if (after.has(measureId)) continue;
    changes.push({
      ...base,
      operation: 'delete',
      measureId,
      before: record(`Taken off the agenda of the ${meeting.bodyName} meeting of ${when}`),
    });
  }
  // One statement for the whole agenda, however many measures it names.
  if (changes.length) await tx.changeEvent.createMany({ data: changes.map(changeEventData) });
}
