import { describe, expect, it } from 'vitest';
import { describeQuiet, idleShareBetween, parseProcStat } from './quiet';

describe('parseProcStat', () => {
  it('reads the idle (with iowait) and total times of the first cpu line', () => {
    const text = 'cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 50 0 25 400 25 0 0 0 0 0\nintr 1\n';
    expect(parseProcStat(text)).toEqual({ idle: 850, total: 1000 });
  });

  it('answers null for text without a cpu line or with a broken one', () => {
    expect(parseProcStat('')).toBeNull();
    expect(parseProcStat('cpu  1 2 x 4 5\n')).toBeNull();
  });
});

describe('idleShareBetween', () => {
  it('is the share of the time between two readings the CPU was idle', () => {
    expect(idleShareBetween({ idle: 850, total: 1000 }, { idle: 1030, total: 1200 })).toBeCloseTo(0.9);
    expect(idleShareBetween({ idle: 5, total: 10 }, { idle: 5, total: 10 })).toBeNull();
  });
});

describe('describeQuiet', () => {
  it('marks figures taken on a machine that stayed busy', () => {
    expect(describeQuiet({ quiet: true, waitedSeconds: 4, idleShare: 0.93 })).toBe(
      'machine quiet after 4 s (93% idle)',
    );
    expect(describeQuiet({ quiet: false, waitedSeconds: 90, idleShare: 0.4 })).toMatch(
      /still busy after 90 s \(40% idle\)/,
    );
  });
});
