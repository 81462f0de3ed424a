// The search page's state, read from the URL: the words, the facets chosen, the sort and the page. Nothing a visitor
// types makes the page fail: values that do not parse are dropped, each with a notice saying so.
import { z } from 'zod';
import { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

/** Longer queries are cut to this many characters (with a notice): no one types more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE = 500;
export const searchSorts = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof searchSorts)[number];

const slug = z.string().regex(/^[a-z0-9-]{1,160}$/);
const isoDay = z.iso.date();
// Built once: parseSearchParams runs in proxy.ts on every search request.
const measureType = z.enum(MeasureType);
const stage = z.enum(Stage);
const outcome = z.enum(Outcome);
const subject = z.string().trim().min(1).max(120);
const sort = z.enum(searchSorts);
const pageNumber = z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE);

export type SearchParams = {
  q: string;
  body?: string;
  jurisdiction?: string;
  type?: MeasureType;
  stage?: Stage;
  outcome?: Outcome;
  subject?: string;
  sponsor?: string;
  introducedFrom?: string;
  introducedTo?: string;
  actionFrom?: string;
  actionTo?: string;
  sort: SearchSort;
  page: number;
};

/**
 * The state exactly as parseSearchParams returns it (words already cleaned): what the cached search and its feed
 * accept as their argument (lib/cache/cached-args.ts).
 */
export const searchParamsSchema = z
  .object({
    q: z
      .string()
      .max(MAX_QUERY_LENGTH)
      .regex(/^[^\u0000-\u001f\u007f]*$/),
    body: slug.optional(),
    jurisdiction: slug.optional(),
    type: measureType.optional(),
    stage: stage.optional(),
    outcome: outcome.optional(),
    subject: subject.regex(/^[^\u0000-\u001f\u007f]*$/).optional(),
    sponsor: slug.optional(),
    introducedFrom: isoDay.optional(),
    introducedTo: isoDay.optional(),
    actionFrom: isoDay.optional(),
    actionTo: isoDay.optional(),
    sort,
    page: z.number().int().min(1).max(MAX_SEARCH_PAGE),
  })
  .strict();

export type FacetKey = 'body' | 'jurisdiction' | 'type' | 'stage' | 'outcome' | 'subject' | 'sponsor';
export const dateKeys = ['introducedFrom', 'introducedTo', 'actionFrom', 'actionTo'] as const;
type DateKey = (typeof dateKeys)[number];

export const dateLabels: Record<DateKey, string> = {
  introducedFrom: 'Introduced from',
  introducedTo: 'Introduced until',
  actionFrom: 'Last action from',
  actionTo: 'Last action until',
};

type Raw = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// Control characters and the sentinels of snippets (lib/search/snippet.ts) are never part of a query.
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The words as typed, tidied: control characters removed, spaces collapsed, cut at MAX_QUERY_LENGTH. */
export function cleanQuery(raw: string | undefined): { q: string; truncated: boolean } {
  const text = (raw ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_QUERY_LENGTH) return { q: text, truncated: false };
  // Cut at a word boundary: half a word would match nothing.
  const cut = text.slice(0, MAX_QUERY_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return {
    q: (text[MAX_QUERY_LENGTH] === ' ' || lastSpace < 0 ? cut : cut.slice(0, lastSpace)).trim(),
    truncated: true,
  };
}

function pick<T>(schema: z.ZodType<T>, value: string | undefined, label: string, notices: string[]): T | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  notices.push(`Ignored the ${label} filter: "${value.slice(0, 40)}" is not one of its values.`);
  return undefined;
}

/** Reads the page's state; `notices` says in words what was cut or ignored. */
export function parseSearchParams(raw: Raw): { params: SearchParams; notices: string[] } {
  const notices: string[] = [];
  const { q, truncated } = cleanQuery(first(raw.q));
  if (truncated)
    notices.push(
      `Your search was longer than ${MAX_QUERY_LENGTH} characters: only the first ${MAX_QUERY_LENGTH} were used.`,
    );

  const params: SearchParams = {
    q,
    body: pick(slug, first(raw.body), 'body', notices),
    jurisdiction: pick(slug, first(raw.jurisdiction), 'jurisdiction', notices),
    type: pick(measureType, first(raw.type), 'type', notices),
    stage: pick(stage, first(raw.stage), 'stage', notices),
    outcome: pick(outcome, first(raw.outcome), 'outcome', notices),
    subject: pick(subject, first(raw.subject)?.replace(CONTROL, ''), 'subject', notices),
    sponsor: pick(slug, first(raw.sponsor), 'sponsor', notices),
    sort: pick(sort, first(raw.sort), 'sort', notices) ?? 'relevance',
    page: pick(pageNumber, first(raw.page), 'page', notices) ?? 1,
  };
  for (const key of dateKeys) {
    const value = first(raw[key]);
    if (!value) continue;
    if (isoDay.safeParse(value).success) params[key] = value;
    else notices.push(`Ignored "${dateLabels[key]}": "${value.slice(0, 40)}" is not a date (use YYYY-MM-DD).`);
  }
  for (const [from, to, label] of [
    ['introducedFrom', 'introducedTo', 'introduction'],
    ['actionFrom', 'actionTo', 'last action'],
  ] as const) {
    const start = params[from];
    const end = params[to];
    if (start && end && start > end) {
      notices.push(`The ${label} dates were the wrong way round: they were swapped.`);
      params[from] = end;
      params[to] = start;
    }
  }
  return { params, notices };
}

/** True when any facet or date narrows the search. */
export function hasFilters(params: SearchParams): boolean {
  return Boolean(
    params.body ||
    params.jurisdiction ||
    params.type ||
    params.stage ||
    params.outcome ||
    params.subject ||
    params.sponsor ||
    dateKeys.some((key) => params[key]),
  );
}

/** The query string of a search (defaults left out), as saved searches store it and links carry it. */
export function searchQueryString(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...params, page: 1, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set('q', next.q);
  for (const key of ['body', 'jurisdiction', 'type', 'stage', 'outcome', 'subject', 'sponsor', ...dateKeys] as const) {
    const value = next[key];
    if (value) query.set(key, value);
  }
  if (next.sort !== 'relevance') query.set('sort', next.sort);
  if (next.page > 1) query.set('page', String(next.page));
  return query.toString();
}

export function searchHref(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const query = searchQueryString(params, change);
  return query ? `/search?${query}` : '/search';
}
