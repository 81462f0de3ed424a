// Meetings as the public pages list them: when (UTC), which body, where, and the calendar feed to subscribe to.
import Link from '@/components/ui/link';
import type { MeetingView } from '@/lib/sync/page-queries';

export function meetingTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function Meeting({ meeting }: { meeting: MeetingView }) {
  return (
    <>
      <time dateTime={meeting.startsAt.toISOString()}>{meetingTime(meeting.startsAt)}</time>,{' '}
      {meeting.bodySlug ? <Link href={`/bodies/${meeting.bodySlug}`}>{meeting.bodyName}</Link> : meeting.bodyName}
      {meeting.location ? `, ${meeting.location}` : ''}
      {meeting.status ? ` (${meeting.status})` : ''}
      {meeting.url ? (
        <>
          {' '}
          <a href={meeting.url}>agenda</a>
        </>
      ) : null}
    </>
  );
}

export function MeetingList({ meetings, label }: { meetings: MeetingView[]; label: string }) {
  return (
    <ul className="plain-list" aria-label={label}>
      {meetings.map((m) => (
        <li key={m.id}>
          <Meeting meeting={m} />
        </li>
      ))}
    </ul>
  );
}

export function MeasureMeetings({
  next,
  past,
  calendarHref,
}: {
  next: MeetingView | null;
  past: MeetingView[];
  calendarHref: string;
}) {
  if (!next && !past.length) return null;
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Meetings</h2>
      {next ? (
        <p>
          Next scheduled: <Meeting meeting={next} />
        </p>
      ) : (
        <p>No meeting scheduled.</p>
      )}
      {past.length ? (
        <>
          <h3>Past meetings</h3>
          <MeetingList meetings={past} label="Past meetings" />
        </>
      ) : null}
      <p>
        <a href={calendarHref}>Calendar feed (.ics)</a>
      </p>
    </section>
  );
}
