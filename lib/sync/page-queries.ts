import 'server-only';
// The public pages' sync facts, cached like the pages and tagged with their record (a sync that changes it
// revalidates them): where a measure was last checked, and meetings. A page with such facts is re-read every few
// minutes at most, so "last checked" and "next meeting" follow the runs even when nothing else changed.
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache/tags';
import { bodyMeetings, measureMeetings, type MeetingRow } from '@/lib/calendar/queries';
import { db } from '@/lib/db';
import { lastChecked } from './queries';

export type MeetingView = {
  id: number;
  startsAt: Date;
  bodyName: string;
  bodySlug: string | null;
  location: string | null;
  status: string | null;
  url: string | null;
  /** What the meeting does with the measure ("Passed"), on a measure's page. */
  agendaAction?: string | null;
};

const view = (m: MeetingRow): MeetingView => ({
  id: m.id,
  startsAt: m.startsAt,
  bodyName: m.body?.name ?? m.bodyName,
  bodySlug: m.body?.slug ?? null,
  location: m.location,
  status: m.status,
  url: m.url,
});

export async function getMeasureSyncFacts(measureId: number) {
  'use cache';
  cacheTag(tags.measure(measureId));
  const [checked, meetings] = await Promise.all([lastChecked(db, measureId), measureMeetings(db, measureId)]);
  if (checked || meetings.length) cacheLife('minutes');
  else cacheLife('days');
  const now = Date.now();
  return {
    checked,
    next: meetings.filter((m) => m.startsAt.getTime() >= now).map(view)[0] ?? null,
    past: meetings
      .filter((m) => m.startsAt.getTime() < now)
      .map(view)
      .reverse(),
  };
}

export async function getBodyUpcomingMeetings(bodyId: number) {
  'use cache';
  cacheTag(tags.body(bodyId));
  const meetings = await bodyMeetings(db, bodyId);
  if (meetings.length) cacheLife('minutes');
  else cacheLife('days');
  const now = Date.now();
  return meetings
    .filter((m) => m.startsAt.getTime() >= now)
    .slice(0, 20)
    .map(view);
}
