// The WHERE of a search, shared by its results and its facet counts. Every value is a parameter of a tagged
// template (Prisma.sql): nothing a visitor types is ever spliced into SQL text.
import { queryRows, type DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { SearchParams } from '@/lib/search/params';

/** The words as a tsquery: websearch syntax ("quoted phrases", or, -not) never fails on stray operators. */
export function tsQuery(q: string): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery('english', ${q}::text)`;
}

/** Measures whose identifier the query names (found beforehand, lib/search/identifier-matches.ts). */
export function exactCondition(exactIds: number[]): Prisma.Sql {
  return exactIds.length > 0 ? Prisma.sql`m."id" IN (${Prisma.join(exactIds)})` : Prisma.sql`FALSE`;
}

/**
 * The words as a tsquery that finds measures with a search's introduction years only, when its range names them
 * (introducedYears): the GIN index then intersects the words with the years in one scan. Only for finding rows, not
 * ranking or marking them.
 */
export function wordsQuery(params: Pick<SearchParams, 'q' | 'introducedFrom' | 'introducedTo'>): Prisma.Sql {
  const years = introducedYears(params);
  return years ? withMarks(tsQuery(params.q), years) : tsQuery(params.q);
}

/**
 * The words ANDed with marks (a sample's, an introduction range's years), as a tsquery. Words that hold no lexeme
 * (only common words: "the", "a") stay the empty query, which matches nothing, as it does alone: `'' && '#u0'` is
 * `'#u0'`, so ANDed they would have matched a 256th of every measure (estimated as every measure matching, with no
 * row to list) or every measure of the years.
 */
export function withMarks(words: Prisma.Sql, marks: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN numnode(${words}) = 0 THEN ${words} ELSE ${words} && ${marks} END)`;
}

/** The words: an identifier match or a full-text match; no words, every measure. */
export function textCondition(
  params: Pick<SearchParams, 'q' | 'introducedFrom' | 'introducedTo'>,
  exactIds: number[],
): Prisma.Sql {
  if (!params.q) return Prisma.sql`TRUE`;
  return Prisma.sql`(m."searchVector" @@ ${wordsQuery(params)} OR ${exactCondition(exactIds)})`;
}

/** The longest introduction range, in calendar years, narrowed through the year marks of the search document. */
export const INTRODUCED_YEARS_MARKED = 12;

/**
 * The year marks of an introduction range with both ends and at most INTRODUCED_YEARS_MARKED calendar years, as a
 * tsquery ('#y2021 | #y2022'): every measure introduced in the range has one of them in its search and title
 * documents (migrations ..._search_introduced_years and ..._title), so the GIN indexes can intersect them with the
 * words. The dates are still checked (filterConditions): the marks only narrow. Null otherwise.
 */
export function introducedYears(params: Pick<SearchParams, 'introducedFrom' | 'introducedTo'>): Prisma.Sql | null {
  if (!params.introducedFrom || !params.introducedTo) return null;
  const from = Number(params.introducedFrom.slice(0, 4));
  const to = Number(params.introducedTo.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from >= INTRODUCED_YEARS_MARKED)
    return null;
  const marks = Array.from({ length: to - from + 1 }, (_, i) => `'#y${from + i}'`).join(' | ');
  return Prisma.sql`${marks}::tsquery`;
}

/**
 * The ids of the body, jurisdiction and sponsor a search filters by, looked up once (null: no such slug). Given as
 * values, they let the planner see how many measures each holds (a chamber holds a fifth of them at 1,000,000, a
 * state's council a thousandth) and choose between their index and checking the matches' rows. A subquery hides the
 * value until the statement runs, and the planner then assumes an average share: a sample of "housing" in the
 * Senate intersected its rows with the Senate's 200,000 (33 ms, against 8 with the id).
 */
export type FilterIds = { body?: number | null; jurisdiction?: number | null; sponsor?: number | null };

/** Search parameters with their filter ids looked up (resolveFilterIds); the conditions use the ids when there. */
export type ResolvedSearchParams = SearchParams & { ids?: FilterIds };

/** The id of the body, jurisdiction or person with that slug, as a scalar subquery (null: none has it). */
function idOfSlug(table: 'Body' | 'Jurisdiction' | 'Person', slug: string | undefined): Prisma.Sql {
  const t = Prisma.raw(`"${table}"`); // one of three constant names, never input
  return Prisma.sql`(SELECT x."id" FROM ${t} x WHERE x."slug" = ${slug ?? null}::text)`;
}

/** The ids of the search's body, jurisdiction and sponsor: one statement, none without those filters. */
export async function resolveFilterIds(db: DbClient, params: SearchParams): Promise<ResolvedSearchParams> {
  if (!params.body && !params.jurisdiction && !params.sponsor) return params;
  const [row] = await queryRows<{ body: number | null; jurisdiction: number | null; sponsor: number | null }>(
    db,
    Prisma.sql`SELECT ${idOfSlug('Body', params.body)} AS "body",
      ${idOfSlug('Jurisdiction', params.jurisdiction)} AS "jurisdiction", ${idOfSlug('Person', params.sponsor)} AS "sponsor"`,
  );
  return {
    ...params,
    ids: { body: row?.body ?? null, jurisdiction: row?.jurisdiction ?? null, sponsor: row?.sponsor ?? null },
  };
}

/**
 * The facets and date ranges chosen, ANDed. With `checkOnRows` (a sample's few thousand rows at most), the filters
 * that hold large shares of the measures (type, stage, outcome, subject, dates) are written `(…) IS TRUE`, which no
 * index answers, so they are checked on the sample's rows instead of intersected with, say, the 500,000 bills of the
 * type index. Body, jurisdiction and sponsor stay open to their indexes when their ids were looked up (the planner
 * then knows their size): a sample of a broad word's matches in one state read 44,000 rows at 1,000,000 measures to
 * keep 73.
 */
export function filterConditions(params: ResolvedSearchParams, { checkOnRows = false } = {}): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const onRows = (condition: Prisma.Sql) => (checkOnRows ? Prisma.sql`(${condition}) IS TRUE` : condition);
  const ids = params.ids;
  // The looked-up id as a value, open to the column's index; else the lookup inside the statement.
  const narrow = (
    key: keyof FilterIds,
    table: Parameters<typeof idOfSlug>[0],
    condition: (id: Prisma.Sql) => Prisma.Sql,
  ) => (ids ? condition(Prisma.sql`${ids[key] ?? null}::int`) : onRows(condition(idOfSlug(table, params[key]))));
  if (params.body) parts.push(narrow('body', 'Body', (id) => Prisma.sql`m."originBodyId" = ${id}`));
  if (params.jurisdiction)
    parts.push(narrow('jurisdiction', 'Jurisdiction', (id) => Prisma.sql`m."jurisdictionId" = ${id}`));
  if (params.type) parts.push(onRows(Prisma.sql`m."type" = ${params.type}::"MeasureType"`));
  if (params.stage) parts.push(onRows(Prisma.sql`m."stage" = ${params.stage}::"Stage"`));
  if (params.outcome) parts.push(onRows(Prisma.sql`m."outcome" = ${params.outcome}::"Outcome"`));
  if (params.subject) parts.push(onRows(Prisma.sql`m."subjects" @> ARRAY[${params.subject}::text]`));
  // The sponsor facet is the primary sponsor, as on Congress.gov; cosponsors are listed on the measure's page.
  if (params.sponsor)
    parts.push(narrow('sponsor', 'Person', (id) => Prisma.sql`m."primarySponsorIds" @> ARRAY[${id}]`));
  const introduced: Prisma.Sql[] = [];
  if (params.introducedFrom) introduced.push(Prisma.sql`m."introducedOn" >= ${params.introducedFrom}::date`);
  if (params.introducedTo) introduced.push(Prisma.sql`m."introducedOn" <= ${params.introducedTo}::date`);
  if (introduced.length > 0 && ((params.q && introducedYears(params)) || checkOnRows)) {
    // The words' scan already narrows to the range's years (wordsQuery): the dates are checked on its rows, which
    // `IS TRUE` keeps the planner from ANDing with a bitmap of the whole range off the date index (83,287 measures
    // for 2021 at 1,000,000, 48 ms, where the words and the year gave 1,957 in 6).
    parts.push(Prisma.sql`(${Prisma.join(introduced, ' AND ')}) IS TRUE`);
  } else {
    parts.push(...introduced);
  }
  if (params.actionFrom) parts.push(onRows(Prisma.sql`m."lastActionDate" >= ${params.actionFrom}::date`));
  if (params.actionTo) parts.push(onRows(Prisma.sql`m."lastActionDate" <= ${params.actionTo}::date`));
  return parts.length > 0 ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`;
}

/** Whether ranking by relevance applies: there are words, and no date order was asked for. */
export function ranksByRelevance(params: SearchParams): boolean {
  return Boolean(params.q) && params.sort === 'relevance';
}

/**
 * The order of the matched rows (the CTE of lib/search/facets.ts, with its "exact" and "rank" columns). Ties on a
 * date go by id the way the date index ("lastActionDate" DESC, id) reads, so a broad search that pages off it
 * (broadPageQuery) lists in the same order.
 */
export function matchedOrder(params: SearchParams): Prisma.Sql {
  if (params.sort === 'oldest') return Prisma.sql`m."lastActionDate" ASC NULLS LAST, m."id" DESC`;
  if (!ranksByRelevance(params)) return Prisma.sql`m."lastActionDate" DESC NULLS LAST, m."id" ASC`;
  // An exact identifier match comes before any measure that merely mentions it.
  return Prisma.sql`m."exact" DESC, m."rank" DESC, m."lastActionDate" DESC NULLS LAST, m."id" ASC`;
}
