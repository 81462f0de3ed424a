/**
 * The pages `npm run bench` measures, in order. The first one marked `baseline` is the yardstick: every other
 * page's throughput is reported as a ratio of it. Add pages here (search, people, dashboards ...) as they come.
 */
export type BenchPage = {
  name: string;
  path: string;
  /** baseline: a static page of the app; cached: a public page that should serve from the cache. */
  kind: 'baseline' | 'cached' | 'dynamic';
};

/** Cached public pages should reach at least this share of the static page's requests per second. */
export const CACHED_TARGET_RATIO = 0.8;

export const BENCH_PAGES: BenchPage[] = [
  { name: 'static (about)', path: '/about', kind: 'baseline' },
  { name: 'home', path: '/', kind: 'cached' },
  { name: 'measures list', path: '/measures', kind: 'cached' },
  { name: 'measures list, filtered and sorted', path: '/measures?stage=referred&sort=title', kind: 'cached' },
  { name: 'measure H.Res. 240', path: '/measures/us-117-hres-240', kind: 'cached' },
];
