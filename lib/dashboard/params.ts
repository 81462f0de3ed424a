// The dashboard table's state in the URL (shareable, back-button safe). Nonsense falls back to the default view.
import { z } from 'zod';
import { Outcome, Stage } from '@/lib/generated/prisma/enums';

export const DASHBOARD_PAGE_SIZE = 25;
export const dashboardSortKeys = ['identifier', 'title', 'body', 'stage', 'lastAction'] as const;
export type DashboardSortKey = (typeof dashboardSortKeys)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

const schema = z.object({
  q: lenient(z.string().trim().min(1).max(100)),
  stage: lenient(z.enum(Stage)),
  outcome: lenient(z.enum(Outcome)),
  changed: lenient(z.literal('1')),
  sort: lenient(z.enum(dashboardSortKeys)),
  dir: lenient(z.enum(['asc', 'desc'])),
  page: lenient(z.coerce.number().int().min(1).max(100_000)),
});

export type DashboardParams = {
  q?: string;
  stage?: Stage;
  outcome?: Outcome;
  changedOnly: boolean;
  sort: DashboardSortKey;
  dir: 'asc' | 'desc';
  page: number;
};

export function parseDashboardParams(searchParams: Record<string, string | string[] | undefined>): DashboardParams {
  const parsed = schema.parse(searchParams);
  const sort = parsed.sort ?? 'lastAction';
  return {
    q: parsed.q,
    stage: parsed.stage,
    outcome: parsed.outcome,
    changedOnly: parsed.changed === '1',
    sort,
    dir: parsed.dir ?? (sort === 'lastAction' ? 'desc' : 'asc'),
    page: parsed.page ?? 1,
  };
}

export function dashboardQuery(params: DashboardParams, change: Partial<DashboardParams> = {}): URLSearchParams {
  const p = { ...params, ...change };
  const query = new URLSearchParams();
  if (p.q) query.set('q', p.q);
  if (p.stage) query.set('stage', p.stage);
  if (p.outcome) query.set('outcome', p.outcome);
  if (p.changedOnly) query.set('changed', '1');
  if (p.sort !== 'lastAction') query.set('sort', p.sort);
  if (p.dir !== (p.sort === 'lastAction' ? 'desc' : 'asc')) query.set('dir', p.dir);
  if (p.page > 1) query.set('page', String(p.page));
  return query;
}

export function dashboardHref(params: DashboardParams, change: Partial<DashboardParams> = {}): string {
  const search = dashboardQuery(params, change).toString();
  return search ? `/dashboard?${search}` : '/dashboard';
}

/** The export of the current view: the same filters and order, every page. */
export function exportHref(params: DashboardParams): string {
  const search = dashboardQuery(params, { page: 1 }).toString();
  return search ? `/dashboard/export?${search}` : '/dashboard/export';
}
