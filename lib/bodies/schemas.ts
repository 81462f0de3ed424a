// One zod schema per entity of the bodies editor (body, external identifier), shared by its forms and its server
// actions. The field helpers are the people editor's (lib/people/schemas.ts), so both read a form the same way.
// Whether a parent would make a cycle needs the database: lib/bodies/mutations.ts checks it on the same field.

import { z } from 'zod';
import {
  identifierFields,
  optionalId,
  optionalText,
  optionalUrl,
  requiredId,
  requiredText,
  version,
} from '@/lib/people/schemas';

export { fieldErrors } from '@/lib/people/schemas';

export const BODY_CLASSIFICATIONS = [
  'legislature',
  'chamber',
  'committee',
  'subcommittee',
  'executive',
  'foreign_government',
  'international',
  'organization',
] as const;

const bodyFields = z.object({
  id: requiredId('body'),
  version,
  name: requiredText('Name'),
  shortName: optionalText('Short name', 100),
  classification: z.enum(BODY_CLASSIFICATIONS, { error: 'Choose what kind of body this is.' }),
  jurisdictionId: optionalId('jurisdiction'),
  parentId: optionalId('parent body'),
  url: optionalUrl('Web address'),
});

export const bodySchema = bodyFields.refine((value) => value.parentId !== value.id, {
  path: ['parentId'],
  message: 'A body cannot be its own parent.',
});
export const createBodySchema = bodyFields.omit({ id: true, version: true });
export const updateBodySchema = bodySchema;
export type CreateBodyInput = z.infer<typeof createBodySchema>;
export type UpdateBodyInput = z.infer<typeof bodyFields>;

/** What every edit of something belonging to a body carries: which body, at which version. */
const bodyRef = z.object({ bodyId: requiredId('body'), version });
export type BodyRef = z.infer<typeof bodyRef>;

export const addBodyIdentifierSchema = bodyRef.extend(identifierFields);
export type AddBodyIdentifierInput = z.infer<typeof addBodyIdentifierSchema>;

export const removeBodyIdentifierSchema = bodyRef.extend({ id: requiredId('identifier') });
export type RemoveBodyIdentifierInput = z.infer<typeof removeBodyIdentifierSchema>;
