// Digest periods in UTC: a daily digest covers one calendar day, a weekly one an ISO week (Monday to Monday). A
// period's digest is sent once it has ended; its key names it, so it is planned and sent once.
export type DigestFrequency = 'daily' | 'weekly';

export type DigestPeriod = { frequency: DigestFrequency; key: string; start: Date; end: Date };

const DAY_MS = 86_400_000;

const startOfDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/** The last period of this frequency that has ended at `now`. */
export function lastEndedPeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  const today = startOfDay(now);
  if (frequency === 'daily') {
    const start = new Date(today.getTime() - DAY_MS);
    return { frequency, key: `digest:daily:${start.toISOString().slice(0, 10)}`, start, end: today };
  }
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const end = new Date(today.getTime() - sinceMonday * DAY_MS);
  const start = new Date(end.getTime() - 7 * DAY_MS);
  return { frequency, key: `digest:weekly:${start.toISOString().slice(0, 10)}`, start, end };
}

/** The period a digest key names (a job's payload holds just the key). */
export function periodOfKey(key: string): DigestPeriod | null {
  const match = /^digest:(daily|weekly):(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (!match) return null;
  const frequency = match[1] as DigestFrequency;
  const start = new Date(`${match[2]}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return null;
  return { frequency, key, start, end: new Date(start.getTime() + (frequency === 'daily' ? 1 : 7) * DAY_MS) };
}
