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

const countFormat = new Intl.NumberFormat('en-US');

/** Totals as a reader writes them ("19,896"), the same on every server whatever its locale. */
export function formatCount(n: number): string {
  return countFormat.format(n);
}

/** The machine-readable form for <time dateTime>, truncated to the known precision. */
export function isoDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/**
 * How a measure is named in links: its identifier as written; a measure without one (a council resolution whose file
 * number is unknown) by its body and title, since a title alone does not say where it comes from.
 */
export function measureName(measure: {
  identifier: string | null;
  title: string;
  originBody?: { name: string } | null;
}): string {
  if (measure.identifier) return measure.identifier;
  return measure.originBody ? `${measure.originBody.name}: ${measure.title}` : measure.title;
}

export const measureTypeLabels = {
  resolution: 'Resolution',
  concurrent_resolution: 'Concurrent resolution',
  joint_resolution: 'Joint resolution',
  bill: 'Bill',
  motion: 'Motion',
  ordinance: 'Ordinance',
} as const;
