import { describe, expect, it } from 'vitest';
import { CACHE_TAG_LIMIT, pageTags, tags, tagsForChange } from './tags';

describe('tagsForChange', () => {
  it('revalidates a measure page, the lists, and the people and bodies whose lists change', () => {
    const result = tagsForChange([{ kind: 'measure', id: 7, slug: 'us-117-hres-240', personIds: [3], bodyIds: [9] }]);
    expect(result.sort()).toEqual(
      [tags.measure(7), tags.measureList, tags.measureSlug('us-117-hres-240'), tags.person(3), tags.body(9)].sort(),
    );
  });

  it('leaves unrelated pages cached: a person edit does not touch measures or other people', () => {
    const result = tagsForChange([{ kind: 'person', id: 3 }]);
    // The people list tag reaches only the few pages that show too many people to tag each (see pageTags).
    expect(result).toEqual([tags.person(3), tags.peopleList]);
    expect(result).not.toContain(tags.measureList);
    expect(result).not.toContain(tags.person(4));
  });

  it('names each tag once when several records overlap', () => {
    const result = tagsForChange([
      { kind: 'measure', id: 1, personIds: [2] },
      { kind: 'person', id: 2 },
    ]);
    expect(result.filter((tag) => tag === tags.person(2))).toHaveLength(1);
  });
});

describe('pageTags', () => {
  it('tags every record a page shows while they fit', () => {
    expect(pageTags(['person:1'], { measures: [5, 6, 6], bodies: [2, null] })).toEqual([
      'person:1',
      'measure:5',
      'measure:6',
      'body:2',
    ]);
  });

  it('past Next’s limit, the largest kind gives way to its list tag, so no revalidation is lost', () => {
    const measures = Array.from({ length: 500 }, (_, i) => i + 1);
    const people = Array.from({ length: 40 }, (_, i) => i + 1);
    const result = pageTags(['person:9'], { measures, people, bodies: [3] });
    expect(result.length).toBeLessThanOrEqual(CACHE_TAG_LIMIT);
    expect(result).toContain(tags.measureList);
    expect(result).not.toContain('measure:1');
    expect(result).toEqual(expect.arrayContaining(['person:9', 'person:40', 'body:3']));
    // Every change to a measure revalidates the list tag, so the page still hears of each one.
    expect(tagsForChange([{ kind: 'measure', id: 250 }])).toContain(tags.measureList);
  });

  it('gives way kind after kind when one is not enough, and person and body changes reach their list tags', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
    const result = pageTags([], { measures: many(120), people: many(120), bodies: many(20) });
    expect(result).toEqual(expect.arrayContaining([tags.measureList, tags.peopleList]));
    expect(result.length).toBeLessThanOrEqual(CACHE_TAG_LIMIT);
    expect(tagsForChange([{ kind: 'person', id: 1 }])).toContain(tags.peopleList);
    expect(tagsForChange([{ kind: 'body', id: 1 }])).toContain(tags.bodyList);
  });
});
