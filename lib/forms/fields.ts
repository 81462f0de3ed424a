// Field schemas shared by every editor's zod schemas (lib/measures, lib/people, lib/bodies). They read what a form
// posts (strings; empty means "none") and say in plain words what is wrong with the field.

import { webAddressProblem } from './web-address';
import { z } from 'zod';

/** A trimmed text; empty becomes null. */
export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (label: string, max = 500) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

/** An id chosen in a select; empty means none. */
export const optionalId = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const id = Number(value);
      if (!Number.isInteger(id) || id <= 0) {
        ctx.addIssue({ code: 'custom', message: `Choose a ${label} from the list.` });
        return z.NEVER;
      }
      return id;
    });

export const requiredId = (label: string) =>
  z.coerce
    .number({ error: `Choose a ${label}.` })
    .int(`Choose a ${label}.`)
    .positive(`Choose a ${label}.`);

/** A web address: http or https only (no javascript:, no file:). Empty means none. The rule is lib/forms/web-address.ts. */
export const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const problem = webAddressProblem(label, value);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return new URL(value).toString();
    });

function validDay(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

export type PartialDate = { date: Date; precision: 'year' | 'month' | 'day' };

/** "2021", "2021-04" or "2021-04-21" → the first day of that period with its precision; null when not a real date. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = value.trim().match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/);
  if (!match) return null;
  const [year, month, day] = [
    Number(match[1]),
    match[2] ? Number(match[2]) : undefined,
    match[3] ? Number(match[3]) : undefined,
  ];
  if (year < 1700 || year > 2200) return null;
  const date = validDay(year, month ?? 1, day ?? 1);
  if (!date) return null;
  return { date, precision: day ? 'day' : month ? 'month' : 'year' };
}

/** A full date (YYYY-MM-DD, as a date input posts it); empty means none. */
export const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const parsed = parsePartialDate(value);
      if (!parsed || parsed.precision !== 'day') {
        ctx.addIssue({ code: 'custom', message: `${label} must be a real date written YYYY-MM-DD.` });
        return z.NEVER;
      }
      return parsed.date;
    });

/** The version of the record the editor loaded: every edit names it, so a stale form is refused (optimistic locking). */
export const version = z.coerce
  .number({ error: 'The form is missing the version it was loaded at; reload the page.' })
  .int()
  .positive();
