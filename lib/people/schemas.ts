// One zod schema per entity of the people editor (person, external identifier, membership), shared by its forms and
// its server actions. They read what a form posts (strings; empty means "none") and say in plain words what is
// wrong with each field. Checks that need the database (an identifier someone else holds, a body that exists) are
// made by lib/people/mutations.ts and reported on the same fields. The small field helpers are shared with the
// bodies editor (lib/bodies/schemas.ts).

import { z } from 'zod';
import { parsePartialDate } from '@/lib/measures/schemas';

export { fieldErrors } from '@/lib/measures/schemas';

/** A trimmed text; empty becomes null. */
export const optionalText = (label: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((value) => (value ? value : null));

export const requiredText = (label: string, max = 300) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

export const requiredId = (label: string) =>
  z.coerce.number({ error: `Choose a ${label}.` }).int(`Choose a ${label}.`).positive(`Choose a ${label}.`);

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

/** A web address: http or https only. Empty means none. */
export const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(2000, `${label} is too long.`)
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        ctx.addIssue({ code: 'custom', message: `${label} must be a full web address starting with http:// or https://.` });
        return z.NEVER;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        ctx.addIssue({ code: 'custom', message: `${label} must start with http:// or https://.` });
        return z.NEVER;
      }
      return url.toString();
    });

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

/** The record version the editor loaded: every edit names it (optimistic locking). */
export const version = z.coerce.number({ error: 'The form is missing the version it was loaded at; reload the page.' }).int().positive();

/** An external identifier's scheme and value, e.g. bioguide / A000360 or ocd-person / 0a1b... */
export const identifierFields = {
  scheme: requiredText('Scheme', 50).regex(/^[a-z0-9][a-z0-9_.:-]*$/i, 'The scheme is one word such as "bioguide" or "ocd-person" (letters, digits, - _ . :).'),
  value: requiredText('Value', 300),
};

const personFields = z.object({
  id: requiredId('person'),
  version,
  name: requiredText('Name'),
  givenName: optionalText('Given name', 200),
  familyName: optionalText('Family name', 200),
  url: optionalUrl('Web address'),
});

export const personSchema = personFields;
export const createPersonSchema = personFields.omit({ id: true, version: true });
export const updatePersonSchema = personFields;
export type CreatePersonInput = z.infer<typeof createPersonSchema>;
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

/** What every edit of something belonging to a person carries: which person, at which version. */
const personRef = z.object({ personId: requiredId('person'), version });
export type PersonRef = z.infer<typeof personRef>;

export const addPersonIdentifierSchema = personRef.extend(identifierFields);
export type AddPersonIdentifierInput = z.infer<typeof addPersonIdentifierSchema>;

export const removePersonChildSchema = personRef.extend({ id: requiredId('record') });
export type RemovePersonChildInput = z.infer<typeof removePersonChildSchema>;

const membershipFields = personRef.extend({
  id: requiredId('membership'),
  bodyId: requiredId('body'),
  role: requiredText('Role', 200),
  district: optionalText('District', 200),
  state: optionalText('State', 100),
  party: optionalText('Party', 200),
  startDate: optionalDay('Start date'),
  endDate: optionalDay('End date'),
  sessionId: optionalId('session'),
});

type MembershipChecked = { startDate: Date | null; endDate: Date | null };
const checkMembership = (value: MembershipChecked, ctx: z.RefinementCtx) => {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date cannot be before the start date.' });
  }
};

export const membershipSchema = membershipFields.superRefine(checkMembership);
export const createMembershipSchema = membershipFields.omit({ id: true }).superRefine(checkMembership);
export type MembershipInput = z.infer<typeof membershipFields>;
export type CreateMembershipInput = Omit<MembershipInput, 'id'>;
