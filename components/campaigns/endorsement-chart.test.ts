// The chart's text alternative stays bounded: up to 100 dated measures are listed one per row, more are counted by year.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EndorsementChart, type ChartPoint } from './endorsement-chart';

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
  });

  it('counts by year instead of listing each when there are many', () => {
    const html = renderToStaticMarkup(createElement(EndorsementChart, { id: 'c', points: points(150), title: 'T' }));
    expect(html).toContain('Dated campaign measures counted by year');
    expect(html).not.toContain('Resolution 149: Council 149');
    expect(html).toContain('149 endorsements adopted');
    expect((html.match(/<tr>/g) ?? []).length).toBe(4); // header and 2020, 2021, 2022
  });
});
