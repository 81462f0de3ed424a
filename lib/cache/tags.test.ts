import { describe, expect, it } from 'vitest';
import { tags, tagsForChange } from './tags';

describe('tagsForChange', () => {
  it('revalidates a measure page, the lists, and the people and bodies whose lists change', () => {
    const result = tagsForChange([{ kind: 'measure', id: 7, slug: 'us-117-hres-240', personIds: [3], bodyIds: [9] }]);
    expect(result.sort()).toEqual(
      [tags.measure(7), tags.measureList, tags.measureSlug('us-117-hres-240'), tags.person(3), tags.body(9)].sort(),
    );
  });

  it('leaves unrelated pages cached: a person edit does not touch measures or other people', () => {
    const result = tagsForChange([{ kind: 'person', id: 3 }]);
    expect(result).toEqual([tags.person(3)]);
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
