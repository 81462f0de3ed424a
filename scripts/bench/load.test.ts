import { describe, expect, it } from 'vitest';
import { loadInRounds, medianRun, type LoadResult } from './load';

const run = (requestsPerSecond: number, p99Ms = 100): LoadResult => ({
  url: 'http://127.0.0.1/about',
  connections: 50,
  durationSeconds: 10,
  requestsPerSecond,
  totalRequests: requestsPerSecond * 10,
  p50Ms: 30,
  p99Ms,
  bytesPerSecond: 0,
  non2xx: 0,
  statusCodes: { '200': requestsPerSecond * 10 },
  errors: 0,
  timeouts: 0,
  errorMessages: {},
});

describe('medianRun', () => {
  it("takes the median round's figures whole, and keeps every round's requests per second in order", () => {
    const median = medianRun([run(900, 80), run(1400, 60), run(600, 700)]);
    expect(median.requestsPerSecond).toBe(900);
    // The p99 is the median round's own, not the median of the p99s: a round's figures stay together.
    expect(median.p99Ms).toBe(80);
    expect(median.roundsPerSecond).toEqual([900, 1400, 600]);
  });

  it('takes the better of two runs (the static page with one round and its run again) and the only one of one', () => {
    expect(medianRun([run(1032), run(1461)]).requestsPerSecond).toBe(1461);
    expect(medianRun([run(700)]).requestsPerSecond).toBe(700);
    expect(() => medianRun([])).toThrow('at least one run');
  });
});

describe('loadInRounds', () => {
  it('loads every page once a round, then the yardstick again, and judges against the median of its runs', async () => {
    const order: string[] = [];
    // The machine slows down as the bench goes on: the static page is fast at first and slow in its last run.
    const figures: Record<string, number[]> = { '/about': [1800, 1500, 1200], '/campaigns/x': [1300, 1400] };
    const result = await loadInRounds(
      [{ path: '/about' }, { path: '/campaigns/x' }],
      2,
      async (page) => {
        order.push(page.path);
        return run(figures[page.path]!.shift()!);
      },
      () => {},
    );
    expect(order).toEqual(['/about', '/campaigns/x', '/about', '/campaigns/x', '/about']);
    expect(result.baselineRuns).toEqual([1800, 1500, 1200]);
    expect(result.baseline).toBe(1500);
    expect(result.loads.map((load) => load.requestsPerSecond)).toEqual([1800, 1400]);
  });
});
