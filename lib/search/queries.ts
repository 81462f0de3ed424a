// Search over measures: identifier matches first, then full text ranked by ts_rank_cd over the weighted document
// that the triggers of migration 20261127072008_search keep (docs/decisions/006-search.md). The same SQL runs on
// PostgreSQL 15 and on the embedded PGlite.
import { Prisma } from '@/lib/generated/prisma/client';
import type { MeasureType, Outcome, Stage } from '@/lib/generated/prisma/enums';
import type { DbClient } from '@/lib/db/client';
import { exactCondition, filterConditions, searchOrder, textCondition, tsQuery } from '@/lib/search/conditions';
import { countFacets, type Facets } from '@/lib/search/facets';
import { findIdentifierMatches } from '@/lib/search/identifier-matches';
import { findNames, type NameMatches } from '@/lib/search/names';
import { SEARCH_PAGE_SIZE, hasFilters, type SearchParams } from '@/lib/search/params';
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
  /** The one measure the query names exactly, when nothing else narrows the search: the page may go straight there. */
  exactSlug: string | null;
  /** The words held only common words ("the", "of"), which full text ignores. */
  onlyStopWords: boolean;
};

const EMPTY: Omit<SearchResult, 'onlyStopWords'> = {
  hits: [],
  total: 0,
  facets: { total: 0, body: [], jurisdiction: [], type: [], stage: [], outcome: [], subject: [], sponsor: [] },
  names: { people: [], bodies: [] },
  exactSlug: null,
};

type HitRow = Omit<SearchHit, 'titleMarked' | 'snippet'>;

/** The page of results, as SQL (the benchmark EXPLAINs it). */
export function hitsQuery(params: SearchParams, exactIds: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT m."id", m."slug", m."identifier", m."title", m."type"::text AS "type", m."stage"::text AS "stage",
           m."outcome"::text AS "outcome", m."introducedOn", m."lastActionDate", b."name" AS "bodyName",
           (${exactCondition(exactIds)}) AS "exact"
    FROM "Measure" m JOIN "Body" b ON b."id" = m."originBodyId"
    WHERE ${textCondition(params.q, exactIds)} AND ${filterConditions(params)}
    ORDER BY ${searchOrder(params, exactIds)}
    LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}`;
}

async function findHits(db: DbClient, params: SearchParams, exactIds: number[]): Promise<HitRow[]> {
  return db.$queryRaw<HitRow[]>(hitsQuery(params, exactIds));
}

// Headlines cost a parse of each document, so only the page's rows get them.
async function findSnippets(db: DbClient, q: string, ids: number[]) {
  if (!q || ids.length === 0) return new Map<number, { titleMarked: string; snippet: string | null }>();
  const strip = (sql: Prisma.Sql) => Prisma.sql`translate(${sql}, ${START_SEL + STOP_SEL}::text, '  ')`;
  const rows = await db.$queryRaw<{ id: number; titleMarked: string; snippet: string | null }[]>`
    SELECT m."id",
      ts_headline('english', ${strip(Prisma.sql`m."title"`)}, ${tsQuery(q)}, ${TITLE_HEADLINE_OPTIONS}::text) AS "titleMarked",
      ts_headline('english', ${strip(Prisma.sql`concat_ws(' … ', m."summary", left(m."text", 20000),
        (SELECT left(string_agg(a."text", ' · ' ORDER BY a."position"), 20000) FROM "Action" a WHERE a."measureId" = m."id"))`)},
        ${tsQuery(q)}, ${HEADLINE_OPTIONS}::text) AS "snippet"
    FROM "Measure" m WHERE m."id" IN (${Prisma.join(ids)})`;
  return new Map(rows.map((row) => [row.id, row]));
}

async function onlyStopWords(db: DbClient, q: string): Promise<boolean> {
  if (!q) return false;
  const [row] = await db.$queryRaw<{ empty: boolean }[]>`SELECT numnode(${tsQuery(q)}) = 0 AS "empty"`;
  return row?.empty ?? false;
}

/** Runs a search; an empty query without filters finds nothing (the page asks for words instead). */
export async function searchMeasures(db: DbClient, params: SearchParams): Promise<SearchResult> {
  if (!params.q && !hasFilters(params)) return { ...EMPTY, onlyStopWords: false };
  const exact = params.q ? await findIdentifierMatches(db, params.q) : [];
  const exactIds = exact.map((match) => match.id);
  const exactSlug = exact.length === 1 && !hasFilters(params) && params.page === 1 ? exact[0]!.slug : null;

  const [rows, facets, names, stopWords] = await Promise.all([
    findHits(db, params, exactIds),
    countFacets(db, params, exactIds),
    findNames(db, params.q),
    onlyStopWords(db, params.q),
  ]);
  const snippets = await findSnippets(db, params.q, rows.map((row) => row.id));
  const hits = rows.map((row) => ({
    ...row,
    titleMarked: snippets.get(row.id)?.titleMarked ?? row.title,
    snippet: snippets.get(row.id)?.snippet || null,
  }));
  return { hits, total: facets.total, facets, names, exactSlug, onlyStopWords: stopWords && exactIds.length === 0 };
}
