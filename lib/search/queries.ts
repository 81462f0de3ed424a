// Search over measures: identifier matches first, then full text ranked by ts_rank over the weighted document
// that the triggers of migration 20261127072008_search keep (docs/decisions/006-search.md). The same SQL runs on
// PostgreSQL 15 and on the embedded PGlite. In turn: the identifier lookup (with the filters' ids); the matches
// (lib/search/facets.ts: their counts over a sample, then either one exact statement for counts and the page's ids,
// or the broad page's parts); then the page's rows with their snippets. Names alongside the matches when the words could be a name.
import { Prisma } from '@/lib/generated/prisma/client';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import { queryRows, type DbClient } from '@/lib/db/client';
import { resolveFilterIds, tsQuery } from '@/lib/search/conditions';
import { findMatches, type Facets, type MatchOptions } from '@/lib/search/facets';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { findNames, type NameMatches } from '@/lib/search/names';
import { hasFilters, type SearchParams } from '@/lib/search/params';
import { HEADLINE_OPTIONS, START_SEL, STOP_SEL, TITLE_HEADLINE_OPTIONS } from '@/lib/search/snippet';

export type SearchHit = {
  id: number;
  slug: string;
  identifier: string | null;
  title: string;
  type: MeasureType;
  stage: Stage;
  outcome: Outcome;
  introducedOn: Date | null;
  lastActionDate: Date | null;
  bodyName: string;
  exact: boolean;
  /** Title and snippet with match markers (lib/search/snippet.ts); the snippet is null without words. */
  titleMarked: string;
  snippet: string | null;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: Facets;
  names: NameMatches;
  /** The one measure the query names exactly, when nothing else narrows the search: the page goes straight there. */
  exactSlug: string | null;
  /** The words held only common words ("the", "of"), which full text ignores. */
  onlyStopWords: boolean;
};

const emptyResult = (): SearchResult => ({
  hits: [],
  total: 0,
  facets: {
    total: 0,
    approximate: false,
    body: [],
    jurisdiction: [],
    type: [],
    stage: [],
    outcome: [],
    subject: [],
    sponsor: [],
  },
  names: { people: [], bodies: [] },
  exactSlug: null,
  onlyStopWords: false,
});

type HitRow = Omit<SearchHit, 'exact' | 'introducedOn' | 'lastActionDate'> & {
  introducedOn: string | null;
  lastActionDate: string | null;
};

/** A date column read as text ('2021-04-21') as Prisma reads it: midnight UTC, whatever the server's time zone. */
const utcDate = (text: string | null) => (text === null ? null : new Date(`${text}T00:00:00Z`));

/**
 * The page's rows; with words, their title and a snippet marked (headlines cost a parse, so only these rows). The
 * snippet comes from the part of the document the words match in, read off the stored vector's weights: the summary
 * (B) when they are there, the text and actions (C) when only there, the summary's opening when only the title
 * matches; words spread over several parts get a snippet of all of them. Parsing the short part alone costs a
 * fifth of parsing the whole.
 */
export function hitRowsQuery(q: string, ids: number[]): Prisma.Sql {
  const strip = (sql: Prisma.Sql) => Prisma.sql`translate(${sql}, ${START_SEL + STOP_SEL}::text, '  ')`;
  const headline = (sql: Prisma.Sql) =>
    Prisma.sql`ts_headline('english', ${strip(sql)}, ${tsQuery(q)}, ${HEADLINE_OPTIONS}::text)`;
  const summary = Prisma.sql`coalesce(m."summary", '')`;
  const body = Prisma.sql`concat_ws(' … ', left(m."text", 20000),
    (SELECT left(string_agg(a."text", ' · ' ORDER BY a."position"), 20000) FROM "Action" a WHERE a."measureId" = m."id"))`;
  const matchesIn = (weights: string) => Prisma.sql`ts_filter(m."searchVector", ${weights}::"char"[]) @@ ${tsQuery(q)}`;
  const marked = q
    ? Prisma.sql`ts_headline('english', ${strip(Prisma.sql`m."title"`)}, ${tsQuery(q)}, ${TITLE_HEADLINE_OPTIONS}::text)`
    : Prisma.sql`m."title"`;
  const snippet = q
    ? Prisma.sql`CASE WHEN ${matchesIn('{b}')} OR ${matchesIn('{a}')} THEN ${headline(summary)}
                      WHEN ${matchesIn('{c}')} THEN ${headline(body)}
                      ELSE ${headline(Prisma.sql`concat_ws(' … ', m."summary", ${body})`)} END`
    : Prisma.sql`NULL::text`;
  return Prisma.sql`
    SELECT m."id", m."slug", m."identifier", m."title", m."type"::text AS "type", m."stage"::text AS "stage",
           m."outcome"::text AS "outcome", to_char(m."introducedOn", 'YYYY-MM-DD') AS "introducedOn", to_char(m."lastActionDate", 'YYYY-MM-DD') AS "lastActionDate",
           b."name" AS "bodyName",
           ${marked} AS "titleMarked", ${snippet} AS "snippet"
    FROM "Measure" m JOIN "Body" b ON b."id" = m."originBodyId"
    WHERE m."id" IN (${Prisma.join(ids)})`;
}

async function onlyStopWords(db: DbClient, q: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ empty: boolean }[]>`SELECT numnode(${tsQuery(q)}) = 0 AS "empty"`;
  return row?.empty ?? false;
}

/** Runs a search; an empty query without filters finds nothing (the page asks for words instead). */
export async function searchMeasures(
  db: DbClient,
  params: SearchParams,
  options: MatchOptions = {},
): Promise<SearchResult> {
  if (!params.q && !hasFilters(params)) return emptyResult();
  const [exact, resolved] = await Promise.all([
    params.q ? findIdentifierMatches(db, params.q) : [],
    resolveFilterIds(db, params),
  ]);
  if (exact.length === 1 && !hasFilters(params) && params.page === 1)
    return { ...emptyResult(), exactSlug: exact[0]!.slug };

  const [matches, names] = await Promise.all([
    findMatches(
      db,
      resolved,
      exact.map((m) => m.id),
      options,
    ),
    findNames(db, params.q),
  ]);
  const rows = matches.ids.length > 0 ? await queryRows<HitRow>(db, hitRowsQuery(params.q, matches.ids)) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits = matches.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const dates = { introducedOn: utcDate(row.introducedOn), lastActionDate: utcDate(row.lastActionDate) };
    return [{ ...row, ...dates, snippet: row.snippet || null, exact: matches.exactIds.has(id) }];
  });
  const stopWords =
    matches.facets.total === 0 && exact.length === 0 && Boolean(params.q) && (await onlyStopWords(db, params.q));
  return {
    hits,
    total: matches.facets.total,
    facets: matches.facets,
    names,
    exactSlug: null,
    onlyStopWords: stopWords,
  };
}
