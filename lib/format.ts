import type { DatePrecision } from '@/lib/generated/prisma/enums';

const dayFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** Dates are calendar dates stored at UTC midnight; partial dates show only what is known. */
export function formatDate(date: Date | null | undefined, precision: DatePrecision = 'day'): string {
  if (!date) return '';
  if (precision === 'year') return String(date.getUTCFullYear());
  if (precision === 'month') return monthFormat.format(date);
  return dayFormat.format(date);
}

/** The machine-readable form for <time dateTime>, truncated to the known precision. */
export function isoDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** How a measure is named in links: its identifier as written, or its title when it has none. */
export function measureName(measure: { identifier: string | null; title: string }): string {
  return measure.identifier ?? measure.title;
}

export const measureTypeLabels = {
  resolution: 'Resolution',
  concurrent_resolution: 'Concurrent resolution',
  joint_resolution: 'Joint resolution',
  bill: 'Bill',
  motion: 'Motion',
  ordinance: 'Ordinance',
} as const;
