import { createRequire } from 'node:module';

// autocannon ships no types; this is the part of its programmatic API the bench uses.
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  throughput: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
};
type AutocannonInstance = Promise<AutocannonResult> & {
  on(event: 'reqError', listener: (error: Error) => void): void;
};
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  amount?: number;
  timeout?: number;
  headers?: Record<string, string>;
}) => AutocannonInstance;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export type LoadResult = {
  url: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  totalRequests: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerSecond: number;
  non2xx: number;
  /** Response counts by HTTP status, e.g. { "200": 17000 }. */
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Request errors grouped by message, e.g. { "ECONNRESET": 3 }. */
  errorMessages: Record<string, number>;
};

/** Loads one URL with autocannon for a fixed time and returns its figures. */
export async function runLoad(
  url: string,
  options: { connections: number; durationSeconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const errorMessages: Record<string, number> = {};
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    headers: options.headers,
  });
  instance.on('reqError', (error) => {
    const key = (error as NodeJS.ErrnoException).code ?? error.message;
    errorMessages[key] = (errorMessages[key] ?? 0) + 1;
  });
  const result = await instance;
  return {
    url,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    requestsPerSecond: result.requests.average,
    totalRequests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerSecond: result.throughput.average,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stats]) => [code, stats.count])),
    errors: result.errors,
    timeouts: result.timeouts,
    errorMessages,
  };
}

/**
 * The round of a page whose requests per second is the median of its rounds (the upper one of an even count: of two
 * runs, the better), with every round's requests per second beside it.
 */
export function medianRun(runs: LoadResult[]): LoadResult & { roundsPerSecond: number[] } {
  if (runs.length === 0) throw new Error('medianRun needs at least one run');
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)]!, roundsPerSecond: runs.map((run) => run.requestsPerSecond) };
}

/**
 * Loads each page `rounds` times over, every page once per round, so a disturbance of the machine falls on one round
 * of each page rather than on every round of one; each page's figure is its median round (medianRun). The first page
 * is the yardstick: it is loaded once more at the end, and `baseline` is the median of its runs (with one round, the
 * better of its two), so a page loaded late is not judged against a yardstick measured only at the start.
 */
export async function loadInRounds<Page extends { path: string }>(
  pages: Page[],
  rounds: number,
  loadOne: (page: Page) => Promise<LoadResult>,
  log: (line: string) => void,
): Promise<{ loads: (LoadResult & { roundsPerSecond: number[] })[]; baseline: number; baselineRuns: number[] }> {
  if (pages.length === 0) throw new Error('loadInRounds needs at least one page');
  const runs: LoadResult[][] = pages.map(() => []);
  for (let round = 1; round <= rounds; round++) {
    for (const [i, page] of pages.entries()) {
      log(`loading ${page.path}${rounds > 1 ? ` (round ${round} of ${rounds})` : ''}`);
      runs[i]!.push(await loadOne(page));
    }
  }
  log(`loading ${pages[0]!.path} again (the yardstick is the upper median of its runs)`);
  const again = await loadOne(pages[0]!);
  const baselineRuns = [...runs[0]!, again];
  return {
    loads: runs.map(medianRun),
    baseline: medianRun(baselineRuns).requestsPerSecond,
    baselineRuns: baselineRuns.map((run) => run.requestsPerSecond),
  };
}
