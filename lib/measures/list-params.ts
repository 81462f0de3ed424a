import { z } from 'zod';
import { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';

export const MEASURES_PAGE_SIZE = 25;
export const measureSortKeys = ['identifier', 'title', 'body', 'stage', 'lastAction'] as const;
export type MeasureSortKey = (typeof measureSortKeys)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// A value that does not parse falls back to the default instead of failing the page.
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const listParamsSchema = z.object({
  body: lenient(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  type: lenient(z.enum(MeasureType)),
  stage: lenient(z.enum(Stage)),
  outcome: lenient(z.enum(Outcome)),
  sort: lenient(z.enum(measureSortKeys)),
  dir: lenient(z.enum(['asc', 'desc'])),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
});

export type MeasureListParams = {
  body?: string;
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
    type: parsed.type,
    stage: parsed.stage,
    outcome: parsed.outcome,
    sort,
    dir: parsed.dir ?? (sort === 'lastAction' ? 'desc' : 'asc'),
    page: parsed.page ?? 1,
  };
}

/** The URL of the list with some state changed; defaults are left out so URLs stay short and shareable. */
export function measureListHref(params: MeasureListParams, change: Partial<MeasureListParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.body) query.set('body', next.body);
  if (next.type) query.set('type', next.type);
  if (next.stage) query.set('stage', next.stage);
  if (next.outcome) query.set('outcome', next.outcome);
  if (next.sort !== 'lastAction') query.set('sort', next.sort);
  if (next.dir !== (next.sort === 'lastAction' ? 'desc' : 'asc')) query.set('dir', next.dir);
  if (next.page > 1) query.set('page', String(next.page));
  const search = query.toString();
  return search ? `/measures?${search}` : '/measures';
}
