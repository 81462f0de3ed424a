// What a member posts to link a related measure: a measure picked from the type-ahead, or one not in the database
// yet given as identifier plus body or jurisdiction, with the relation type and evidence (a quote or a source).
import { z } from 'zod';
import { RelationType } from '@/lib/generated/prisma/enums';
import { optionalId, optionalText, optionalUrl, requiredId } from '@/lib/forms/fields';
import { normalizeIdentifier } from '@/lib/measures/identifier';

/** Letters, digits, spaces and . - / #, with at least one digit: "H.Res. 240", "CF 21-0002-S1", "S. 469". */
const IDENTIFIER = /^(?=.*\d)[\p{L}\d][\p{L}\d .\-/#]*$/u;

export function isWellFormedIdentifier(value: string): boolean {
  return value.length <= 60 && IDENTIFIER.test(value) && normalizeIdentifier(value) != null;
}

export const addRelatedMeasureSchema = z
  .object({
    measureId: requiredId('measure'),
    type: z.enum(RelationType, { error: 'Choose how the measures relate.' }),
    toMeasureId: optionalId('measure'),
    // Checked on the field itself, so the message shows even when another field is refused too.
    targetIdentifier: optionalText('Identifier of the related measure', 100).refine(
      (value) => value == null || isWellFormedIdentifier(value),
      {
        message:
          'That is not an identifier: use letters, digits, spaces, dots and hyphens with a number, e.g. "H.Res. 240" or "CF 21-0002".',
      },
    ),
    targetJurisdictionText: optionalText('Body or jurisdiction of the related measure', 200),
    evidenceQuote: optionalText('Evidence quote', 5000),
    evidenceUrl: optionalUrl('Evidence source'),
  })
  .superRefine((value, ctx) => {
    if (value.toMeasureId == null && !value.targetIdentifier) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetIdentifier'],
        message: 'Pick a measure from the suggestions, or type its identifier (e.g. "H.Res. 240").',
      });
    }
    if (value.toMeasureId == null && value.targetIdentifier && !value.targetJurisdictionText) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetJurisdictionText'],
        message: 'Say which body or jurisdiction the measure belongs to (e.g. "U.S. House" or "Los Angeles").',
      });
    }
    if (value.toMeasureId != null && value.toMeasureId === value.measureId) {
      ctx.addIssue({ code: 'custom', path: ['toMeasureId'], message: 'A measure cannot relate to itself.' });
    }
    if (!value.evidenceQuote && !value.evidenceUrl) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidenceQuote'],
        message: 'Add evidence: a quote from the text, or the address of a source.',
      });
    }
  });

export type AddRelatedMeasureInput = z.infer<typeof addRelatedMeasureSchema>;

export const reviewRelationSchema = z.object({ id: requiredId('relation') });
export type ReviewRelationInput = z.infer<typeof reviewRelationSchema>;
