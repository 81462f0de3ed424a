// One zod schema per entity of the people editor (person, external identifier, membership), shared by its forms and
// its server actions. They read what a form posts (strings; empty means "none") and say in plain words what is
// wrong with each field. Checks that need the database (an identifier someone else holds, a body that exists) are
// made by lib/people/mutations.ts and reported on the same fields. The small field helpers are shared with the
// bodies editor (lib/bodies/schemas.ts).

import { z } from 'zod';
import * as fields from '@/lib/forms/fields';
import { optionalDay, optionalId, optionalUrl, requiredId, version } from '@/lib/forms/fields';

export { fieldErrors } from '@/lib/measures/schemas';

// The people and bodies editors allow shorter texts than the measure editor.
export const optionalText = (label: string, max = 500) => fields.optionalText(label, max);
export const requiredText = (label: string, max = 300) => fields.requiredText(label, max);
export { optionalDay, optionalId, optionalUrl, requiredId, version };

/** An external identifier's scheme and value, e.g. bioguide / A000360 or ocd-person / 0a1b... */
export const identifierFields = {
  scheme: requiredText('Scheme', 50).regex(
    /^[a-z0-9][a-z0-9_.:-]*$/i,
    'The scheme is one word such as "bioguide" or "ocd-person" (letters, digits, - _ . :).',
  ),
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
