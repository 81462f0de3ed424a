// One zod schema per entity of the measure editor, shared by its forms and its server actions. They read what a
// form posts (every value a string; an empty field means "none") and give a message per field in plain words.
// Create and update forms are derived with omit/pick/partial; checks that need the database (a duplicate relation,
// a body that exists) are made by lib/measures/mutations/ and reported on the same fields.

import { z } from 'zod';
import { isActionClassification } from '@/lib/status';
import { normalizeIdentifier } from './identifier';
import {
  optionalDay,
  optionalId,
  optionalText,
  optionalUrl,
  parsePartialDate,
  requiredId,
  requiredText,
  version,
} from '@/lib/forms/fields';

export { parsePartialDate, type PartialDate } from '@/lib/forms/fields';

const MEASURE_TYPES = [
  'resolution',
  'concurrent_resolution',
  'joint_resolution',
  'bill',
  'motion',
  'ordinance',
] as const;
const STAGES = [
  'draft',
  'introduced',
  'referred',
  'in_committee',
  'reported',
  'scheduled',
  'passed_origin',
  'passed_all',
  'sent_to_executive',
  'enacted',
] as const;
const OUTCOMES = ['pending', 'adopted', 'failed', 'withdrawn', 'tabled', 'filed', 'expired'] as const;
const RELATION_TYPES = [
  'endorses',
  'opposes',
  'companion',
  'identical',
  'similar',
  'supersedes',
  'responds_to',
  'prior_session',
] as const;
const TARGET_VERBS = ['calls_upon', 'urges', 'requests', 'condemns', 'commends', 'supports', 'opposes'] as const;
const SOURCE_KINDS = ['official_text', 'official_record', 'press_release', 'news', 'report', 'data', 'other'] as const;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === 'on' || value === 'true');

const measureFields = z.object({
  id: requiredId('measure'),
  version,
  identifier: optionalText('Identifier', 100).refine((value) => value == null || normalizeIdentifier(value) != null, {
    message: 'The identifier needs letters or digits, e.g. "H.Res. 240" or "CF 21-0002".',
  }),
  type: z.enum(MEASURE_TYPES, { error: 'Choose the type of measure.' }),
  title: requiredText('Title', 1000),
  summary: optionalText('Summary', 10_000),
  text: optionalText('Text', 200_000),
  textUrl: optionalUrl('Link to the text'),
  originBodyId: requiredId('body the measure comes from'),
  sessionId: optionalId('session'),
  introducedOn: optionalDay('Date introduced'),
  subjects: z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? '')
          .split(/[,\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.every((s) => s.length <= 100), 'Each subject must be at most 100 characters.'),
});

export const measureSchema = measureFields;
export const createMeasureSchema = measureFields.omit({ id: true, version: true });
export const updateMeasureSchema = measureFields;
export type CreateMeasureInput = z.infer<typeof createMeasureSchema>;
export type UpdateMeasureInput = z.infer<typeof updateMeasureSchema>;

/** What every edit of something belonging to a measure carries: which measure, at which version. */
const measureRef = z.object({ measureId: requiredId('measure'), version });

const actionFields = measureRef.extend({
  id: requiredId('action'),
  date: z
    .string({ error: 'Date is required.' })
    .trim()
    .min(1, 'Date is required.')
    .transform((value, ctx) => {
      const parsed = parsePartialDate(value);
      if (!parsed) {
        ctx.addIssue({
          code: 'custom',
          message: 'Date must be a real date: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known.',
        });
        return z.NEVER;
      }
      return parsed;
    }),
  text: requiredText('Action text', 5000),
  actingBodyId: optionalId('acting body'),
  relatedBodyId: optionalId('receiving body'),
  sourceCode: optionalText('Source code', 50),
  classification: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const list = [
        ...new Set(
          (value ?? '')
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      const unknown = list.filter((item) => !isActionClassification(item));
      if (unknown.length) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown classification: ${unknown.join(', ')}. Leave empty to classify from the text.`,
        });
        return z.NEVER;
      }
      return list;
    }),
});

export const actionSchema = actionFields;
export const createActionSchema = actionFields.omit({ id: true });
export const updateActionSchema = actionFields;
export type CreateActionInput = z.infer<typeof createActionSchema>;
export type UpdateActionInput = z.infer<typeof updateActionSchema>;

/** Remove one child record (action, sponsorship, addressee, relation, citation). */
export const removeChildSchema = measureRef.extend({ id: requiredId('record') });
export type RemoveChildInput = z.infer<typeof removeChildSchema>;

export const moveActionSchema = measureRef.extend({
  id: requiredId('action'),
  direction: z.enum(['up', 'down'], { error: 'Say whether to move the action up or down.' }),
});
export type MoveActionInput = z.infer<typeof moveActionSchema>;

const sponsorshipFields = measureRef.extend({
  id: requiredId('sponsorship'),
  personId: optionalId('person'),
  nameAsGiven: optionalText('Name as given', 200),
  kind: z.enum(['primary', 'cosponsor'], { error: 'Choose primary sponsor or cosponsor.' }),
  isOriginal: checkbox,
  sponsoredOn: optionalDay('Date sponsored'),
  withdrawnOn: optionalDay('Date withdrawn'),
});

type SponsorshipChecked = {
  personId: number | null;
  nameAsGiven: string | null;
  sponsoredOn: Date | null;
  withdrawnOn: Date | null;
};
const checkSponsorship = (value: SponsorshipChecked, ctx: z.RefinementCtx) => {
  if (!value.personId && !value.nameAsGiven) {
    ctx.addIssue({
      code: 'custom',
      path: ['nameAsGiven'],
      message: 'Pick a person or type the name as the source gives it.',
    });
  }
  if (value.sponsoredOn && value.withdrawnOn && value.withdrawnOn < value.sponsoredOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawnOn'],
      message: 'A sponsorship cannot be withdrawn before it began.',
    });
  }
};

export const sponsorshipSchema = sponsorshipFields.superRefine(checkSponsorship);
export const createSponsorshipSchema = sponsorshipFields.omit({ id: true }).superRefine(checkSponsorship);
export type SponsorshipInput = z.infer<typeof sponsorshipFields>;
export type CreateSponsorshipInput = Omit<SponsorshipInput, 'id'>;

const targetFields = measureRef.extend({
  id: requiredId('addressee'),
  verb: z.enum(TARGET_VERBS, { error: 'Choose what the measure does (calls upon, urges...).' }),
  bodyId: optionalId('body'),
  personId: optionalId('person'),
  entityName: optionalText('Name', 300),
  roleAsWritten: optionalText('Role as written', 300),
  quote: optionalText('Quoted clause', 5000),
});

const needsAddressee = <T extends { bodyId: number | null; personId: number | null; entityName: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (!value.bodyId && !value.personId && !value.entityName) {
    ctx.addIssue({
      code: 'custom',
      path: ['entityName'],
      message: 'Pick a body or a person, or type the name of whom the measure addresses.',
    });
  }
};

export const targetSchema = targetFields.superRefine(needsAddressee);
export const createTargetSchema = targetFields.omit({ id: true }).superRefine(needsAddressee);
export type TargetInput = z.infer<typeof targetFields>;
export type CreateTargetInput = Omit<TargetInput, 'id'>;

const relationFields = measureRef.extend({
  type: z.enum(RELATION_TYPES, { error: 'Choose how the measures relate.' }),
  toMeasureId: optionalId('measure'),
  targetIdentifier: optionalText('Identifier of the related measure', 100),
  targetJurisdictionText: optionalText('Jurisdiction of the related measure', 200),
  evidenceQuote: optionalText('Evidence quote', 5000),
  evidenceUrl: optionalUrl('Evidence link'),
});

export const createRelationSchema = relationFields.superRefine((value, ctx) => {
  if (!value.toMeasureId && !value.targetIdentifier) {
    ctx.addIssue({
      code: 'custom',
      path: ['toMeasureId'],
      message: 'Pick the related measure, or type its identifier if it is not in the database yet.',
    });
  }
  if (value.toMeasureId && value.targetIdentifier) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetIdentifier'],
      message: 'Either pick a measure or type an identifier, not both.',
    });
  }
  if (value.targetIdentifier && !normalizeIdentifier(value.targetIdentifier)) {
    ctx.addIssue({
      code: 'custom',
      path: ['targetIdentifier'],
      message: 'The identifier needs letters or digits, e.g. "H.Res. 240".',
    });
  }
  if (value.toMeasureId && value.toMeasureId === value.measureId) {
    ctx.addIssue({ code: 'custom', path: ['toMeasureId'], message: 'A measure cannot relate to itself.' });
  }
});
export type CreateRelationInput = z.infer<typeof createRelationSchema>;

/** What a relation's edit changes in place: its type and evidence. Another target is a new relation. */
export const updateRelationSchema = relationFields
  .pick({ measureId: true, version: true, type: true, evidenceQuote: true, evidenceUrl: true })
  .extend({ id: requiredId('relation') });
export type UpdateRelationInput = z.infer<typeof updateRelationSchema>;

const citationFields = measureRef.extend({
  sourceId: optionalId('source'),
  url: optionalUrl('Source address'),
  title: optionalText('Source title', 500),
  publisher: optionalText('Publisher', 300),
  kind: z.enum(SOURCE_KINDS, { error: 'Choose the kind of source.' }).optional(),
  publishedOn: optionalDay('Publication date'),
  note: optionalText('Note', 2000),
});

export const createCitationSchema = citationFields.superRefine((value, ctx) => {
  if (value.sourceId) return;
  if (!value.title)
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'Pick a known source, or give the new source a title.' });
  if (!value.kind) ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Choose the kind of source.' });
});
export type CreateCitationInput = z.infer<typeof createCitationSchema>;

/** A citation's edit: its note, and the cited source's own details (which every citation of it shows). */
export const updateCitationSchema = citationFields.omit({ sourceId: true }).extend({
  id: requiredId('source citation'),
  title: requiredText('Source title', 500),
  kind: z.enum(SOURCE_KINDS, { error: 'Choose the kind of source.' }),
});
export type UpdateCitationInput = z.infer<typeof updateCitationSchema>;

/** Deleting a measure is confirmed by typing its name as the page shows it. */
export const deleteMeasureSchema = measureRef.extend({
  confirm: z.string().trim().min(1, 'Type the name of the measure to confirm.').max(300),
});
export type DeleteMeasureInput = z.infer<typeof deleteMeasureSchema>;

export const statusOverrideSchema = measureRef
  .extend({
    overrideStage: z
      .enum(STAGES, { error: 'Choose a stage from the list.' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    overrideOutcome: z
      .enum(OUTCOMES, { error: 'Choose an outcome from the list.' })
      .optional()
      .or(z.literal('').transform(() => undefined)),
    reason: requiredText('Reason', 2000).refine(
      (value) => value.length === 0 || value.length >= 5,
      'Say why the derived status is wrong (a few words at least).',
    ),
  })
  .superRefine((value, ctx) => {
    if (!value.overrideStage && !value.overrideOutcome) {
      ctx.addIssue({
        code: 'custom',
        path: ['overrideStage'],
        message: 'Choose the stage or the outcome the measure really has.',
      });
    }
  });
export type StatusOverrideInput = z.infer<typeof statusOverrideSchema>;

export const clearOverrideSchema = measureRef;
export type MeasureRef = z.infer<typeof measureRef>;

export const choices = { MEASURE_TYPES, STAGES, OUTCOMES, RELATION_TYPES, TARGET_VERBS, SOURCE_KINDS };

/** Field errors of a failed parse, by field name, as forms show them. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
