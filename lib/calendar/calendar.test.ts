// The iCalendar feeds as a calendar app reads them (parsed with ical.js): a body's meetings, a measure's, and a
// member's followed set behind a signed token; long text folded, commas and newlines escaped; bad addresses 404.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { authEnv } from '@/lib/auth/env';
import { getTestDb } from '@/lib/test/db';
import { calendar, foldLine } from './ics';
import { bodyCalendar, followedCalendar, measureCalendar } from './respond';
import { createCalendarToken } from './token';

const db = getTestDb();

function events(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

async function fixture() {
  const suffix = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const jurisdiction = await db.jurisdiction.create({
    data: { slug: `cal-city-${suffix}`, name: 'Cal City', classification: 'municipality' },
  });
  const body = await db.body.create({
    data: {
      slug: `cal-council-${suffix}`,
      name: 'Cal City Council',
      classification: 'legislature',
      jurisdictionId: jurisdiction.id,
    },
  });
  const measure = await db.measure.create({
    data: {
      slug: `cal-measure-${suffix}`,
      identifier: 'R-1',
      type: 'resolution',
      title: 'A resolution, with commas; and semicolons',
      jurisdictionId: jurisdiction.id,
      originBodyId: body.id,
    },
  });
  const soon = new Date(Date.now() + 7 * 86_400_000);
  const meeting = await db.meeting.create({
    data: {
      externalId: `m-${suffix}`,
      bodyId: body.id,
      bodyName: body.name,
      startsAt: soon,
      location: 'Room 201, City Hall',
      url: 'https://example.org/agenda',
      items: {
        create: [
          { position: 0, title: 'Roll call' },
          { position: 1, title: measure.title, measureId: measure.id, actionText: 'Adopted' },
        ],
      },
    },
  });
  await db.meeting.create({
    data: { externalId: `other-${suffix}`, bodyName: 'Elsewhere', startsAt: soon },
  });
  return { body, measure, meeting, soon };
}

describe('iCalendar feeds', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    const parsed = events(
      calendar('x', [{ uid: 'a@x', start: new Date(), summary: 'é'.repeat(100), description: 'a, b; c\nd' }]),
    );
    expect(parsed[0]!.summary).toBe('é'.repeat(100));
    expect(parsed[0]!.description).toBe('a, b; c\nd');
  });

  it('serves a body’s and a measure’s meetings', async () => {
    const { body, measure, meeting, soon } = await fixture();
    const response = await bodyCalendar(db, `${body.slug}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [event] = events(text);
    expect(event).toMatchObject({ summary: 'Cal City Council meeting', location: 'Room 201, City Hall' });
    expect(event!.uid).toMatch(new RegExp(`^meeting-${meeting.id}@`));
    expect(event!.startDate.toJSDate().getTime()).toBe(Math.floor(soon.getTime() / 1000) * 1000);
    expect(event!.description).toContain('R-1: A resolution, with commas; and semicolons');

    const forMeasure = events(await (await measureCalendar(db, `${measure.slug}.ics`)).text());
    expect(forMeasure.map((e) => e.uid)).toEqual([event!.uid]);

    expect((await bodyCalendar(db, body.slug)).status).toBe(404);
    expect((await bodyCalendar(db, 'no-such-body.ics')).status).toBe(404);
    expect((await measureCalendar(db, 'no-such-measure.ics')).status).toBe(404);
  });

  it('serves a member’s followed set behind a signed token, and nothing for a forged one', async () => {
    const { measure } = await fixture();
    const user = await db.user.create({ data: { email: `cal-${Date.now()}@example.test` } });
    await db.follow.create({ data: { userId: user.id, measureId: measure.id } });
    const token = createCalendarToken(authEnv().secret, user.id);
    const parsed = events(await (await followedCalendar(db, `${token}.ics`)).text());
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.summary).toBe('Cal City Council meeting');
    expect((await followedCalendar(db, `${token.slice(0, -3)}abc.ics`)).status).toBe(404);
    expect((await followedCalendar(db, 'x.ics')).status).toBe(404);
  });
});
