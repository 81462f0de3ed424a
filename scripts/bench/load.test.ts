import { describe, expect, it } from 'vitest';
import { medianRun, type LoadResult } from './load';

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
