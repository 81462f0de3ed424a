// The list's column headers sort on the server: each a link to the same list sorted by that column (the other way
// when it already is), the current order announced with aria-sort, and a column that does not sort left as text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseMeasureListParams } from '@/lib/measures/list-params';
import { MeasuresTable } from './measures-table';

// Next's Link needs the app router mounted; outside it, a plain anchor with the same href.
vi.mock('@/components/ui/link', () => ({
  default: ({ href, children }: { href: string; children: unknown }) => createElement('a', { href }, children as never),
}));

const headers = (query: Record<string, string>) => {
  const html = renderToStaticMarkup(
    createElement(MeasuresTable, { rows: [], total: 0, pageSize: 25, params: parseMeasureListParams(query) }),
  );
  const head = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
  return [...head.matchAll(/<th scope="col"( aria-sort="(\w+)")?>(.*?)<\/th>/g)].map(([, , sort, inner]) => ({
    sort,
    href: inner!.match(/href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&'),
    text: inner!.replace(/<[^>]+>/g, ''),
  }));
};

describe('MeasuresTable headers', () => {
  it('mark the sorted column and link it to the reverse order, the others to their natural one', () => {
    const cols = headers({ sort: 'lastAction', dir: 'desc', type: 'bill', page: '3' });
    const last = cols.find((c) => c.text.startsWith('Last action'))!;
    expect(last.sort).toBe('descending');
    expect(last.text).toContain('sorted descending; click to reverse');
    // Last action is the default order, so the link names only the direction.
    expect(last.href).toBe('/measures?type=bill&dir=asc');
    const title = cols.find((c) => c.text.startsWith('Title'))!;
    expect(title.sort).toBeUndefined();
    expect(title.href).toContain('sort=title');
    // A new order starts at the first page and keeps the filters.
    expect(title.href).toContain('type=bill');
    expect(title.href).not.toContain('page=');
  });

  it('leave a column that does not sort as plain text', () => {
    const current = headers({}).find((c) => c.text === 'Current body')!;
    expect(current.href).toBeUndefined();
    expect(current.sort).toBeUndefined();
  });
});
