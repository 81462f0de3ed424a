// The pages `npm run bench` loads at each size, in order, and the targets they are judged by (the performance issue):
// the static page is the yardstick; cached public pages should reach 0.8x its throughput; dynamic pages should keep
// p99 under 250 ms; and no page's p50 should be more than 2x slower at the largest size than at the smallest.
import type { BenchTargets } from './dataset';

export type PageKind = 'baseline' | 'cached' | 'dynamic';

/** `writesPerSecond`: a random measure is written that often while the page is loaded (a sync in the background). */
export type BenchPage = {
  key: string;
  name: string;
  path: string;
  kind: PageKind;
  signedIn?: boolean;
  writesPerSecond?: number;
};

export const CACHED_TARGET_RATIO = 0.8;
export const DYNAMIC_P99_TARGET_MS = 250;
export const SCALING_P50_LIMIT = 2;
export const JS_TARGET_RATIO = 1.2;
export const LIGHTHOUSE_TARGETS = { performance: 95, accessibility: 100 };

export function benchPages(targets: BenchTargets): BenchPage[] {
  return [
    { key: 'static', name: 'static page (about)', path: '/about', kind: 'baseline' },
    { key: 'home', name: 'home', path: '/', kind: 'cached' },
    { key: 'measure', name: 'measure page', path: targets.measure, kind: 'cached' },
    { key: 'person', name: `person page (${targets.personSponsored} sponsored)`, path: targets.person, kind: 'cached' },
    { key: 'body', name: 'body page', path: targets.body, kind: 'cached' },
    {
      key: 'campaign',
      name: 'campaign page (the founding campaign)',
      path: '/campaigns/free-the-armenian-prisoners-of-war',
      kind: 'cached',
    },
    { key: 'list', name: 'measures list, filtered, sorted, page 50', path: targets.list, kind: 'dynamic' },
    { key: 'search', name: 'search', path: targets.search, kind: 'dynamic' },
    { key: 'dashboard', name: 'dashboard (500 follows)', path: '/dashboard', kind: 'dynamic', signedIn: true },
    {
      key: 'dashboardWrites',
      name: 'dashboard (500 follows), a measure written every second',
      path: '/dashboard',
      kind: 'dynamic',
      signedIn: true,
      writesPerSecond: 1,
    },
    // The public API (issue 20; its own figures at 10 clients are `npm run bench:api`): a list page and one measure.
    { key: 'apiList', name: 'API: measures, 25 newest', path: '/api/v1/measures?limit=25', kind: 'dynamic' },
    { key: 'apiMeasure', name: 'API: one measure', path: `/api/v1${targets.measure}`, kind: 'dynamic' },
  ];
}
