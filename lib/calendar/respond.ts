// The three iCalendar feeds' answers: a body's meetings, a measure's, a member's followed set (by signed token).
import { authEnv } from '@/lib/auth/env';
import { isSlug } from '@/lib/cache/cached-args';
import type { DbTx } from '@/lib/changes/record-change';
import { calendar, icsResponse } from './ics';
import { bodyMeetings, followedMeetings, measureMeetings, toCalendarEvents } from './queries';
import { verifyCalendarToken } from './token';

const notFound = (reason: string) =>
  new Response(reason, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** "city-council.ics" → "city-council"; null without the extension. */
function base(name: string): string | null {
  return name.endsWith('.ics') ? name.slice(0, -4) : null;
}

export async function bodyCalendar(db: DbTx, name: string): Promise<Response> {
  const slug = base(name);
  if (!slug || !isSlug(slug)) return notFound('A calendar address ends in .ics: /api/calendar/bodies/<slug>.ics');
  const body = await db.body.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (!body) return notFound('No such body.');
  return icsResponse(calendar(`${body.name}: meetings`, toCalendarEvents(await bodyMeetings(db, body.id))), name);
}

export async function measureCalendar(db: DbTx, name: string): Promise<Response> {
  const slug = base(name);
  if (!slug || !isSlug(slug)) return notFound('A calendar address ends in .ics: /api/calendar/measures/<slug>.ics');
  const measure = await db.measure.findUnique({ where: { slug }, select: { id: true, identifier: true, title: true } });
  if (!measure) return notFound('No such measure.');
  const title = measure.identifier ?? measure.title;
  return icsResponse(calendar(`${title}: meetings`, toCalendarEvents(await measureMeetings(db, measure.id))), name);
}

export async function followedCalendar(db: DbTx, name: string): Promise<Response> {
  const token = base(name);
  const userId = token ? verifyCalendarToken(authEnv().secret, token) : null;
  if (!userId) return notFound('This calendar address is not valid.');
  const user = await db.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
  if (!user || user.deactivatedAt) return notFound('This calendar address is not valid.');
  return icsResponse(
    calendar('Meetings of what I follow', toCalendarEvents(await followedMeetings(db, userId))),
    'following.ics',
  );
}
