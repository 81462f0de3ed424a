// The one rule for "did this field change?", used by every writer: the seed and the importer (./sync.ts), the
// editors' mutations (their change events' before and after) and the stored status (lib/measures/recompute-status.ts).
// Before it, each had its own copy and they disagreed on dates, arrays and null.
//
// - A DATE column (a day, no time: the columns listed in DAY_COLUMNS) is compared as a day: 2021-03-16 at noon is the
//   same value as 2021-03-16 at midnight, since the database keeps only the day. A "YYYY-MM-DD" string is a day too
//   (lib/status gives days as strings).
// - Any other Date is a timestamp (recordUpdatedAt, overrideAt) and is compared as an instant, to the millisecond.
// - Arrays (subjects, classification) and other values are compared by content.
// - undefined and null are the same: both mean "no value".

/**
 * The names of the schema's `@db.Date` fields. A field's name says whether it is a day: no timestamp column shares one
 * of these names (lib/write/compare.test.ts reads prisma/schema.prisma to keep this list and the schema in step).
 */
export const DAY_COLUMNS: ReadonlySet<string> = new Set([
  'date',
  'introducedOn',
  'stageDate',
  'outcomeDate',
  'lastActionDate',
  'startDate',
  'endDate',
  'sponsoredOn',
  'withdrawnOn',
  'publishedOn',
]);

/** "2021-03-16" for a Date or a string starting with the day; null for no value. */
export function dayOf(value: unknown): string | null {
  if (value == null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

function comparable(value: unknown): string {
  if (value instanceof Date) return `date:${value.getTime()}`;
  return JSON.stringify(value ?? null);
}

/** Whether `field` holds the same value in `a` and `b` under the rule above. */
export function sameValue(field: string, a: unknown, b: unknown): boolean {
  if (DAY_COLUMNS.has(field)) return dayOf(a) === dayOf(b);
  return comparable(a) === comparable(b);
}

/** The keys of `next` whose value differs from `current`'s. */
export function changedFields<T extends Record<string, unknown>>(
  current: Record<string, unknown>,
  next: T,
): (keyof T & string)[] {
  return (Object.keys(next) as (keyof T & string)[]).filter((key) => !sameValue(key, current[key], next[key]));
}

/** The fields of `after` that differ from `before`, as a change event's before and after (no value as null). */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of changedFields(before, after)) {
    b[key] = before[key] ?? null;
    a[key] = after[key] ?? null;
  }
  return { before: b, after: a, changed: Object.keys(a).length > 0 };
}
