// The meetings each feed and page shows: a body's, a measure's (meetings with it on the agenda), and those of
// everything a member follows (the measures, and the bodies, they follow).
import type { DbTx } from '@/lib/changes/record-change';
import type { Prisma } from '@/lib/generated/prisma/client';
import { siteUrl } from '@/lib/site';
import type { CalendarEvent } from './ics';

const meetingSelect = {
  id: true,
  startsAt: true,
  bodyName: true,
  location: true,
  status: true,
  url: true,
  updatedAt: true,
  body: { select: { slug: true, name: true } },
  items: {
    orderBy: { position: 'asc' },
    select: { title: true, measure: { select: { slug: true, identifier: true } } },
  },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;

/** Meetings from a month ago on (calendar apps keep what they saw), soonest first. */
const horizon = () => new Date(Date.now() - 31 * 86_400_000);

export function meetingsWhere(db: DbTx, where: Prisma.MeetingWhereInput, take = 200) {
  return db.meeting.findMany({
    where: { ...where, startsAt: { gte: horizon() } },
    orderBy: { startsAt: 'asc' },
    take,
    select: meetingSelect,
  });
}

export function bodyMeetings(db: DbTx, bodyId: number) {
  return meetingsWhere(db, { bodyId });
}

export function measureMeetings(db: DbTx, measureId: number) {
  return db.meeting.findMany({
    where: { items: { some: { measureId } } },
    orderBy: { startsAt: 'asc' },
    take: 100,
    select: meetingSelect,
  });
}

export async function followedMeetings(db: DbTx, userId: string) {
  const follows = await db.follow.findMany({ where: { userId }, select: { measureId: true, bodyId: true } });
  const measureIds = follows.flatMap((f) => (f.measureId ? [f.measureId] : []));
  const bodyIds = follows.flatMap((f) => (f.bodyId ? [f.bodyId] : []));
  if (!measureIds.length && !bodyIds.length) return [];
  return meetingsWhere(
    db,
    { OR: [{ items: { some: { measureId: { in: measureIds } } } }, { bodyId: { in: bodyIds } }] },
    500,
  );
}

export function toCalendarEvents(meetings: MeetingRow[]): CalendarEvent[] {
  const site = siteUrl();
  const host = new URL(site).host;
  return meetings.map((m) => ({
    uid: `meeting-${m.id}@${host}`,
    start: m.startsAt,
    summary: `${m.body?.name ?? m.bodyName} meeting`,
    description: m.items.length
      ? m.items
          .map(
            (i, n) =>
              `${n + 1}. ${i.measure?.identifier ? `${i.measure.identifier}: ` : ''}${i.title}${i.measure ? ` (${site}/measures/${i.measure.slug})` : ''}`,
          )
          .join('\n')
      : null,
    location: m.location,
    url: m.url,
    status: /cancel/i.test(m.status ?? '') ? 'CANCELLED' : 'CONFIRMED',
    updated: m.updatedAt,
  }));
}
