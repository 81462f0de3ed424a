// The zod schemas of the API's parameters and answers: the handlers parse with them, and lib/api/openapi.ts
// generates the OpenAPI document from the very same objects, so the document cannot drift from the code.
import 'zod-openapi';
import { z } from 'zod';
import {
  BodyClassification,
  CampaignRole,
  DatePrecision,
  MeasureType,
  Outcome,
  RelationType,
  SourceKind,
  SponsorshipKind,
  Stage,
  TargetVerb,
} from '@/lib/generated/prisma/enums';

export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

// ---------- parameters ----------

const slugRegex = /^[a-z0-9-]{1,160}$/;
export const slugParam = z.string().regex(slugRegex).meta({ description: 'A slug, as in the page addresses.' });
const isoDay = z.iso.date();

export const listQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .optional()
    .meta({ description: `Rows per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).` }),
  cursor: z
    .string()
    .max(400)
    .optional()
    .meta({ description: 'The `pagination.nextCursor` of the previous page, unchanged.' }),
  fields: z
    .string()
    .max(400)
    .regex(/^[A-Za-z,]*$/)
    .optional()
    .meta({ description: 'Comma-separated fields to return (id and slug always come); all when absent.' }),
};

export const updatedSince = z.iso
  .datetime({ offset: true })
  .optional()
  .meta({ description: 'Only records changed at or after this time (ISO 8601, e.g. 2026-12-01T00:00:00Z).' });

export const formatParam = z
  .enum(['json', 'csv'])
  .optional()
  .meta({ description: 'csv streams every matching row as CSV (cursor and limit do not apply).' });

/** The filters of the measures list page (lib/measures/list-params.ts) and of search (lib/search/params.ts). */
export const measureFilters = {
  q: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'Words or an identifier ("H.Res. 240"), as on the search page.' }),
  body: slugParam.optional().meta({ description: 'The originating body.' }),
  jurisdiction: slugParam.optional(),
  type: z.enum(MeasureType).optional(),
  stage: z.enum(Stage).optional(),
  outcome: z.enum(Outcome).optional(),
  subject: z.string().min(1).max(120).optional(),
  sponsor: slugParam.optional().meta({ description: 'A person: measures they are the primary sponsor of.' }),
  cosponsor: slugParam.optional().meta({ description: 'A person: measures they cosponsored.' }),
  addressee: slugParam.optional().meta({ description: 'A body: measures addressed to it.' }),
  campaign: slugParam.optional().meta({ description: 'A campaign: its confirmed member measures.' }),
  introducedFrom: isoDay.optional(),
  introducedTo: isoDay.optional(),
  actionFrom: isoDay.optional().meta({ description: 'Last action on or after this day.' }),
  actionTo: isoDay.optional().meta({ description: 'Last action on or before this day.' }),
};

// ---------- answers ----------

const day = z.iso.date();
const time = z.iso.datetime();
const link = z.object({ slug: z.string(), name: z.string() });
const nullableLink = link.nullable();

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details.' });

export function listEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      pagination: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
      links: z.object({ self: z.string(), next: z.string().nullable() }),
    })
    .meta({ id });
}

export const measureSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    identifier: z.string().nullable(),
    title: z.string(),
    type: z.enum(MeasureType),
    stage: z.enum(Stage),
    outcome: z.enum(Outcome),
    introducedOn: day.nullable(),
    lastActionDate: day.nullable(),
    subjects: z.array(z.string()),
    jurisdiction: link,
    originBody: link,
    currentBody: nullableLink,
    updatedAt: time,
    url: z.string(),
  })
  .meta({ id: 'MeasureSummary' });

const source = z.object({
  id: z.number().int(),
  url: z.string().nullable(),
  title: z.string(),
  publisher: z.string().nullable(),
  kind: z.enum(SourceKind),
  publishedOn: day.nullable(),
  note: z.string().nullable(),
});

const measureLink = z.object({
  slug: z.string(),
  identifier: z.string().nullable(),
  title: z.string(),
  type: z.enum(MeasureType),
  stage: z.enum(Stage),
  outcome: z.enum(Outcome),
});

export const measureDetail = measureSummary
  .extend({
    summary: z.string().nullable(),
    text: z.string().nullable(),
    textUrl: z.string().nullable(),
    session: z.string().nullable(),
    stageDate: day.nullable(),
    outcomeDate: day.nullable(),
    finalBody: nullableLink,
    law: z.object({ type: z.string().nullable(), number: z.string() }).nullable(),
    statusOverride: z
      .object({
        stage: z.enum(Stage).nullable(),
        outcome: z.enum(Outcome).nullable(),
        reason: z.string().nullable(),
        at: time.nullable(),
      })
      .nullable(),
    dormant: z.boolean(),
    actions: z.array(
      z.object({
        id: z.number().int(),
        date: day,
        datePrecision: z.enum(DatePrecision),
        text: z.string(),
        sourceCode: z.string().nullable(),
        classification: z.array(z.string()),
        actingBody: nullableLink,
        relatedBody: nullableLink,
      }),
    ),
    sponsorships: z.array(
      z.object({
        kind: z.enum(SponsorshipKind),
        isOriginal: z.boolean(),
        nameAsGiven: z.string(),
        sponsoredOn: day.nullable(),
        withdrawnOn: day.nullable(),
        person: nullableLink,
        body: nullableLink,
      }),
    ),
    addressees: z.array(
      z.object({
        verb: z.enum(TargetVerb),
        entityName: z.string().nullable(),
        roleAsWritten: z.string().nullable(),
        quote: z.string().nullable(),
        body: nullableLink,
        person: nullableLink,
      }),
    ),
    relations: z.array(
      z.object({
        type: z.enum(RelationType),
        direction: z.enum(['from', 'to']).meta({ description: '"from": this measure relates to the other.' }),
        measure: measureLink.nullable(),
        targetIdentifier: z.string().nullable(),
        targetJurisdiction: z.string().nullable(),
        evidenceQuote: z.string().nullable(),
        evidenceUrl: z.string().nullable(),
      }),
    ),
    sources: z.array(source),
  })
  .meta({ id: 'Measure' });

export const personSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    url: z.string().nullable(),
    updatedAt: time,
    page: z.string(),
  })
  .meta({ id: 'PersonSummary' });

export const personDetail = personSummary
  .extend({
    identifiers: z.array(z.object({ scheme: z.string(), value: z.string() })),
    memberships: z.array(
      z.object({
        role: z.string(),
        district: z.string().nullable(),
        state: z.string().nullable(),
        party: z.string().nullable(),
        startDate: day.nullable(),
        endDate: day.nullable(),
        session: z.string().nullable(),
        body: link,
      }),
    ),
    counts: z.object({ sponsored: z.number().int(), cosponsored: z.number().int() }),
    sources: z.array(source),
    links: z.object({ sponsored: z.string(), cosponsored: z.string() }),
  })
  .meta({ id: 'Person' });

export const bodySummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    classification: z.enum(BodyClassification),
    jurisdiction: nullableLink,
    parent: nullableLink,
    url: z.string().nullable(),
    updatedAt: time,
    page: z.string(),
  })
  .meta({ id: 'BodySummary' });

export const bodyDetail = bodySummary
  .extend({
    children: z.array(link.extend({ classification: z.enum(BodyClassification) })),
    identifiers: z.array(z.object({ scheme: z.string(), value: z.string() })),
    counts: z.object({ originated: z.number().int(), addressed: z.number().int(), memberships: z.number().int() }),
    sources: z.array(source),
    links: z.object({ originated: z.string(), addressed: z.string() }),
  })
  .meta({ id: 'Body' });

export const campaignSummary = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    updatedAt: time,
    page: z.string(),
    links: z.object({ measures: z.string() }),
  })
  .meta({ id: 'CampaignSummary' });

export const campaignDetail = campaignSummary
  .extend({
    headline: z.string().meta({ description: 'As on the campaign page: "1 council has endorsed H.Res. 240".' }),
    members: z.array(z.object({ role: z.enum(CampaignRole), measure: measureSummary })),
  })
  .meta({ id: 'Campaign' });

export const jurisdictionSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    classification: z.string(),
    ocdId: z.string().nullable(),
    updatedAt: time,
  })
  .meta({ id: 'Jurisdiction' });

export const actionSchema = z
  .object({
    id: z.number().int(),
    slug: z.string().meta({ description: "The measure's slug." }),
    measure: z.object({ slug: z.string(), identifier: z.string().nullable(), title: z.string() }),
    position: z.number().int(),
    date: day,
    datePrecision: z.enum(DatePrecision),
    text: z.string(),
    classification: z.array(z.string()),
    actingBody: nullableLink,
    relatedBody: nullableLink,
    createdAt: time,
  })
  .meta({ id: 'Action' });

export const searchHitSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    identifier: z.string().nullable(),
    title: z.string(),
    type: z.enum(MeasureType),
    stage: z.enum(Stage),
    outcome: z.enum(Outcome),
    introducedOn: day.nullable(),
    lastActionDate: day.nullable(),
    body: z.string(),
    exact: z.boolean().meta({ description: 'The words named this measure by its identifier.' }),
    snippet: z.string().nullable(),
    url: z.string(),
  })
  .meta({ id: 'SearchHit' });

export const searchEnvelope = z
  .object({
    data: z.array(searchHitSchema),
    total: z.number().int(),
    approximate: z.boolean().meta({ description: 'The total is estimated from a sample (broad searches).' }),
    pagination: z.object({ limit: z.number().int(), nextCursor: z.string().nullable() }),
    links: z.object({ self: z.string(), next: z.string().nullable() }),
  })
  .meta({ id: 'SearchResults' });

// ---------- serialisation ----------

export const toDay = (value: Date | null | undefined) => (value ? value.toISOString().slice(0, 10) : null);
export const toTime = (value: Date) => value.toISOString();
