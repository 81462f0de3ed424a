/** What a public page shows of the sources cited on a record (components/sources/source-list.tsx). */
export const citationSelect = {
  select: {
    id: true,
    note: true,
    source: { select: { id: true, url: true, title: true, publisher: true, kind: true, publishedOn: true } },
  },
} as const;
