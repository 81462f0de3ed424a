// The chart's text alternative stays bounded: up to 30 dated measures are listed one per row, more are counted by year.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EndorsementChart, stepPath, type ChartPoint } from './endorsement-chart';

const points = (n: number): ChartPoint[] =>
  Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.UTC(2020 + (i % 3), 0, 1 + (i % 28))),
    label: `Resolution ${i}: Council ${i}`,
    kind: i === 0 ? ('lead' as const) : ('endorsement' as const),
  }));

describe('EndorsementChart', () => {
  it('lists each dated measure when there are few', () => {
    const html = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(5), title: 'T' }));
    expect(html).toContain('Resolution 4: Council 4');
    expect(html).not.toContain('counted by year');
    // The description sums up; the table lists each (once, not again in the description).
    expect(html).toContain(
      '4 endorsements adopted between January 1, 2020 and January 3, 2022, 1 lead measure; each is listed in the table below.',
    );
    expect(html.match(/Resolution 4: Council 4/g)).toHaveLength(1);
  });

  it('counts by year instead of listing each when there are many', () => {
    const html = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(150), title: 'T' }));
    expect(html).toContain('Dated campaign measures counted by year');
    expect(html).not.toContain('Resolution 149: Council 149');
    expect(html).toContain('149 endorsements adopted');
    expect((html.match(/<tr>/g) ?? []).length).toBe(4); // header and 2020, 2021, 2022
  });

  it('marks each endorsement with a dot up to 30 measures, and draws only the steps past that', () => {
    const few = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(30), title: 'T' }));
    expect((few.match(/<circle/g) ?? []).length).toBe(29);
    expect(few).toContain('Resolution 29: Council 29');
    const over = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(31), title: 'T' }));
    expect(over).toContain('Dated campaign measures counted by year');
    expect(few).toContain('<circle cx="42.3" cy="178.2"'); // positions to a tenth of a unit
    const many = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(500), title: 'T' }));
    expect(many).not.toContain('<circle');
    expect(many).toContain('499 endorsements adopted');
  });
});

describe('stepPath', () => {
  it('climbs one step per endorsement, and one step for endorsements at the same position', () => {
    expect(
      stepPath(
        40,
        184,
        [
          [50, 150],
          [60, 100],
        ],
        624,
      ),
    ).toBe('M40 184H50V150H60V100H624');
    expect(
      stepPath(
        40,
        184,
        [
          [50, 150],
          [50.02, 120],
          [60, 100],
        ],
        624,
      ),
    ).toBe('M40 184H50V120H60V100H624');
    expect(stepPath(40, 184, [], 624)).toBe('M40 184H624');
  });

  it('with columns, has at most that many steps and still ends at the last point’s height', () => {
    const points: [number, number][] = Array.from({ length: 499 }, (_, i) => [40 + (i * 584) / 499, 184 - i * 0.3]);
    const path = stepPath(40, 184, points, 624, 146);
    const steps = path.match(/V/g)?.length ?? 0;
    expect(steps).toBeLessThanOrEqual(147); // columns 0 to 146
    expect(steps).toBeGreaterThan(140);
    expect(path).toContain(`V${Number((184 - 498 * 0.3).toFixed(1))}H624`);
    // Every step lies on a column: 4 units apart from x0 = 40.
    for (const [, x] of path.matchAll(/H(\d+(?:\.\d)?)/g)) expect(((Number(x) - 40) / 4) % 1).toBeCloseTo(0, 1);
    expect(path.length).toBeLessThan(stepPath(40, 184, points, 624).length / 3);
  });
});
