import { describe, expect, it } from 'vitest';
import { isDormant } from './dormancy';

const now = new Date('2024-01-01T00:00:00Z');
const daysBefore = (n: number) => new Date(now.getTime() - n * 24 * 60 * 60 * 1000);

describe('isDormant', () => {
  it('calls a pending measure dormant after 180 days without action', () => {
    expect(isDormant(daysBefore(179), now, 'pending')).toBe(false);
    expect(isDormant(daysBefore(180), now, 'pending')).toBe(true);
  });

  it('takes another threshold when given one', () => {
    expect(isDormant(daysBefore(40), now, 'pending', 30)).toBe(true);
  });

  it('never calls a finished measure dormant', () => {
    expect(isDormant(daysBefore(1000), now, 'adopted')).toBe(false);
    expect(isDormant(daysBefore(1000), now, 'withdrawn')).toBe(false);
  });

  it('does not call a measure without actions dormant', () => {
    expect(isDormant(null, now, 'pending')).toBe(false);
  });
});
