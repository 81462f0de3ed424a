import { z } from 'zod';
import { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

export const MEASURES_PAGE_SIZE = 25;
export const measureSortKeys = ['identifier', 'title', 'body', 'stage', 'lastAction'] as const;
export type MeasureSortKey = (typeof measureSortKeys)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// A value that does not parse falls back to the default instead of failing the page.
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/);

const listParamsSchema = z.object({
  body: lenient(slug),
  sponsor: lenient(slug),
  cosponsor: lenient(slug),
  addressee: lenient(slug),
  type: lenient(z.enum(MeasureType)),
  stage: lenient(z.enum(Stage)),
  outcome: lenient(z.enum(Outcome)),
  sort: lenient(z.enum(measureSortKeys)),
  dir: lenient(z.enum(['asc', 'desc'])),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
});

/**
 * The list's state as parseMeasureListParams returns it, exactly: what the cached list query accepts as its argument
 * (lib/cache/cached-args.ts), so no caller can hand it anything the URL could not have said.
 */
export const measureListParamsSchema = z
  .object({
    body: slug.optional(),
    sponsor: slug.optional(),
    cosponsor: slug.optional(),
    addressee: slug.optional(),
    type: z.enum(MeasureType).optional(),
    stage: z.enum(Stage).optional(),
    outcome: z.enum(Outcome).optional(),
    sort: z.enum(measureSortKeys),
    dir: z.enum(['asc', 'desc']),
    page: z.number().int().min(1).max(100_000),
  })
  .strict();

export type MeasureListParams = {
  /** The originating body's slug. */
  body?: string;
  /** A person's slug: measures they sponsored (primary sponsor, as search's sponsor facet). */
  sponsor?: string;
  /** A person's slug: measures they cosponsored, withdrawn cosponsorships included (as on the person page). */
  cosponsor?: string;
  /** A body's slug: measures addressed to it (calling upon, urging, ... it). */
  addressee?: string;
  type?: MeasureType;
  stage?: Stage;
  outcome?: Outcome;
  sort: MeasureSortKey;
  dir: 'asc' | 'desc';
  page: number;
};

/** Reads the list's state from the URL; nonsense values give the default view, never an error. */
export function parseMeasureListParams(searchParams: Record<string, string | string[] | undefined>): MeasureListParams {
  const parsed = listParamsSchema.parse(searchParams);
  const sort = parsed.sort ?? 'lastAction';
  return {
    body: parsed.body,
    sponsor: parsed.sponsor,
    cosponsor: parsed.cosponsor,
    addressee: parsed.addressee,
    type: parsed.type,
    stage: parsed.stage,
    outcome: parsed.outcome,
    sort,
    dir: parsed.dir ?? (sort === 'lastAction' ? 'desc' : 'asc'),
    page: parsed.page ?? 1,
  };
}

function listQuery(params: MeasureListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.body) query.set('body', params.body);
  if (params.sponsor) query.set('sponsor', params.sponsor);
  if (params.cosponsor) query.set('cosponsor', params.cosponsor);
  if (params.addressee) query.set('addressee', params.addressee);
  if (params.type) query.set('type', params.type);
  if (params.stage) query.set('stage', params.stage);
  if (params.outcome) query.set('outcome', params.outcome);
  if (params.sort !== 'lastAction') query.set('sort', params.sort);
  if (params.dir !== (params.sort === 'lastAction' ? 'desc' : 'asc')) query.set('dir', params.dir);
  if (params.page > 1) query.set('page', String(params.page));
  return query;
}

/** The URL of the list with some state changed; defaults are left out so URLs stay short and shareable. */
export function measureListHref(params: MeasureListParams, change: Partial<MeasureListParams> = {}): string {
  const search = listQuery({ ...params, ...change }).toString();
  return search ? `/measures?${search}` : '/measures';
}

/**
 * The list's state as one path segment ("stage.referred~sort.title"; "all" for the default view), so each view can
 * be a cached page of its own (proxy.ts rewrites /measures?... to /measures/views/<segment>). Every value is a slug or
 * an enum member, so "." and "~" never occur in them; equivalent URLs give the same segment.
 */
export function measureViewSegment(params: MeasureListParams): string {
  const parts = [...listQuery(params)].map(([key, value]) => `${key}.${value}`);
  return parts.length > 0 ? parts.join('~') : 'all';
}

export function parseMeasureViewSegment(segment: string): MeasureListParams {
  const entries = decodeURIComponent(segment)
    .split('~')
    .map((part) => part.split('.'))
    .filter((pair): pair is [string, string] => pair.length === 2);
  return parseMeasureListParams(Object.fromEntries(entries));
}
