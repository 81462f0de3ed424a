/**
 * Cache tags for public pages. A page's cached data is tagged with every record it shows, so a write
 * revalidates exactly the pages that show the changed record (a person page showing a measure's status carries
 * that measure's tag). Lists carry the `measures` tag: any measure change can reorder them.
 */
export const tags = {
  measure: (id: number) => `measure:${id}`,
  measureSlug: (slug: string) => `measure-slug:${slug}`,
  person: (id: number) => `person:${id}`,
  personSlug: (slug: string) => `person-slug:${slug}`,
  body: (id: number) => `body:${id}`,
  bodySlug: (slug: string) => `body-slug:${slug}`,
  measureList: 'measures',
} as const;

export type ChangedRecord =
  | { kind: 'measure'; id: number; slug?: string; personIds?: number[]; bodyIds?: number[] }
  | { kind: 'person'; id: number; slug?: string }
  | { kind: 'body'; id: number; slug?: string };

/**
 * The tags a write must revalidate. A measure change also touches the pages of people and bodies whose lists gain
 * or lose it (a new sponsor, a new addressee), which the caller names in personIds/bodyIds.
 */
export function tagsForChange(records: ChangedRecord[]): string[] {
  const out = new Set<string>();
  for (const record of records) {
    if (record.kind === 'measure') {
      out.add(tags.measure(record.id));
      out.add(tags.measureList);
      if (record.slug) out.add(tags.measureSlug(record.slug));
      for (const id of record.personIds ?? []) out.add(tags.person(id));
      for (const id of record.bodyIds ?? []) out.add(tags.body(id));
    } else if (record.kind === 'person') {
      out.add(tags.person(record.id));
      if (record.slug) out.add(tags.personSlug(record.slug));
    } else {
      out.add(tags.body(record.id));
      out.add(tags.measureList); // body names appear in the lists
      if (record.slug) out.add(tags.bodySlug(record.slug));
    }
  }
  return [...out];
}
