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
  campaign: (id: number) => `campaign:${id}`,
  campaignSlug: (slug: string) => `campaign-slug:${slug}`,
  /** The campaigns list and the addressee index (lib/campaigns). */
  campaignList: 'campaigns',
  measureList: 'measures',
  /** Pages that show more people than they can tag one by one (see pageTags). */
  peopleList: 'people',
  /** Pages that show more bodies than they can tag one by one (see pageTags). */
  bodyList: 'bodies',
  /** A member's cached dashboard views (private; lib/dashboard/cached.ts), expired by the member's own actions on them. */
  dashboard: (userId: string) => `dashboard:${userId}`,
} as const;

/** Next keeps at most this many tags on one cache entry and drops the rest (with a warning). */
export const CACHE_TAG_LIMIT = 128;

type Shown = {
  measures?: (number | null | undefined)[];
  people?: (number | null | undefined)[];
  bodies?: (number | null | undefined)[];
};

/**
 * The tags of a cached page: its own tags, then one per record it shows. A page showing more than Next keeps (a
 * person with 500 sponsored measures) would silently lose tags and then miss revalidations; instead the largest kinds
 * give way to their list tag, which every change to that kind revalidates. Fewer exact revalidations, none missed.
 */
export function pageTags(own: string[], shown: Shown): string[] {
  const ids = (list: Shown['measures']) => [
    ...new Set((list ?? []).filter((id): id is number => typeof id === 'number')),
  ];
  const groups = [
    { tags: ids(shown.measures).map(tags.measure), list: tags.measureList },
    { tags: ids(shown.people).map(tags.person), list: tags.peopleList },
    { tags: ids(shown.bodies).map(tags.body), list: tags.bodyList },
  ].sort((a, b) => b.tags.length - a.tags.length);
  const count = () => own.length + groups.reduce((sum, group) => sum + group.tags.length, 0);
  for (const group of groups) {
    if (count() <= CACHE_TAG_LIMIT) break;
    group.tags = [group.list];
  }
  return [...new Set([...own, ...groups.flatMap((group) => group.tags)])];
}

export type ChangedRecord =
  | { kind: 'measure'; id: number; slug?: string; personIds?: number[]; bodyIds?: number[] }
  | { kind: 'person'; id: number; slug?: string }
  | { kind: 'body'; id: number; slug?: string }
  | { kind: 'campaign'; id: number; slug?: string };

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
      out.add(tags.peopleList);
      if (record.slug) out.add(tags.personSlug(record.slug));
    } else if (record.kind === 'campaign') {
      out.add(tags.campaign(record.id));
      out.add(tags.campaignList);
      if (record.slug) out.add(tags.campaignSlug(record.slug));
    } else {
      out.add(tags.body(record.id));
      out.add(tags.bodyList);
      out.add(tags.measureList); // body names appear in the lists
      if (record.slug) out.add(tags.bodySlug(record.slug));
    }
  }
  return [...out];
}
