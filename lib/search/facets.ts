// The matching measures, counted and paged. How depends on how many match (docs/decisions/006-search.md, "Broad
// searches"):
// - First their facets are counted over a 256th of them: the '#u0' sample mark of the search document,
//   which the GIN index intersects with the words itself. With SAMPLE_ROWS rows or more that is the sample (a word in
//   a sixth of 1,000,000 measures: 670 rows, not the sixteenth's 10,700); with a quarter of them, a 64th is counted
//   instead (about as many rows); otherwise a sixteenth ('#s0'), which is what the sizes of 100,000 and below use.
//   When the 256th estimates fewer than BROAD_MATCHES, the eighth below is counted straight away instead of the
//   sixteenth (which holds half of it, and would often fall short and send the search on to it).
// - BROAD_MATCHES or more by the sample: reading and ranking every match is what made a word like "veterans" (17,000
//   of 100,000 measures) cost 150 ms, so the counts stay estimates from the sample (at least 125 rows, a few percent
//   off on the total), and the page is read off the date index: measures whose identifier or title holds the words
//   first, then the rest, each newest first. Each part either walks the date index until the page is full or reads
//   its matches through the GIN index and sorts them, whichever the sample says reads fewer rows.
// - Somewhat fewer (from EIGHTH_FROM of them by the sixteenth): an eighth is counted ('#s0' or '#s8'). From half of
//   BROAD_MATCHES it holds 125 rows too, and the search is broad as above; ranking 1,000-2,000 matches exactly cost
//   10-13 ms.
// - Fewer: everything exactly, in one statement. The matches are found once (a materialized CTE, through the GIN
//   index), grouped for the facets and ranked by ts_rank for the page.
// Each count is taken with every chosen filter applied, so it is what choosing that value would give.
import { queryRows, type DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  exactCondition,
  filterConditions,
  introducedYears,
  matchedOrder,
  ranksByRelevance,
  textCondition,
  tsQuery,
  withMarks,
  wordsQuery,
} from '@/lib/search/conditions';
import { SEARCH_PAGE_SIZE, type FacetKey, type SearchParams } from '@/lib/search/params';

export type FacetValue = { value: string; label: string; count: number };
/** Counts per value; `approximate` when they (and the total) are estimated from a sample of the matches. */
export type Facets = Record<FacetKey, FacetValue[]> & { total: number; approximate: boolean };
export type MatchPage = { facets: Facets; ids: number[]; exactIds: Set<number> };

/** How many values of the long facets (bodies, subjects, sponsors) are listed: the most frequent first. */
export const FACET_LIMIT = 12;
/** The sample marks: measure id modulo this ('#s'), and modulo its square ('#u'), as the migrations
 * ..._search_sample_title and ..._search_sample_fine write them. */
export const SAMPLE_BUCKETS = 16;
/** A sample of a 256th or a 64th of the matches is used when it holds at least this many rows: as many as the
 * sixteenth holds at BROAD_MATCHES, the fewest any broad search's counts come from. */
export const SAMPLE_ROWS = 125;
/** From this many matches (as the sixteenth estimates), counts are estimates and the page comes off the date index. */
export const BROAD_MATCHES = 2000;
/** From this share of BROAD_MATCHES (as the sixteenth estimates), an eighth is counted; broad from half of them. */
export const EIGHTH_FROM = 0.4;

type Row = {
  facet: FacetKey | 'total' | 'hit' | 'titled' | 'measures';
  value: string | null;
  label: string | null;
  count: number;
};

/** How much of the matches is counted: all of them, or the measures with some of the sample marks. */
export type Share = 'all' | '256th' | '64th' | 'sixteenth' | 'eighth';

/**
 * The sample marks of a share: '#s0' is id modulo 16 = 0, a sixteenth of any set of matches, and '#s8' another;
 * '#u0' is id modulo 256 = 0, a 256th, and with '#u64', '#u128' and '#u192' id modulo 64 = 0, a 64th.
 */
const SAMPLE_MARKS = {
  '256th': Prisma.sql`'#u0'::tsquery`,
  '64th': Prisma.sql`'#u0 | #u64 | #u128 | #u192'::tsquery`,
  sixteenth: Prisma.sql`'#s0'::tsquery`,
  eighth: Prisma.sql`'#s0 | #s8'::tsquery`,
};
const SAMPLE_SCALE = { all: 1, '256th': 256, '64th': 64, sixteenth: SAMPLE_BUCKETS, eighth: SAMPLE_BUCKETS / 2 };

/** The matches, or a sample of them: the CTE "matched" that the counts read. */
function matchedCte(params: SearchParams, exactIds: number[], share: Share): Prisma.Sql {
  const sampled = share !== 'all';
  const withHits = !sampled;
  const rank =
    withHits && ranksByRelevance(params)
      ? Prisma.sql`ts_rank(m."searchVector", ${tsQuery(params.q)})`
      : Prisma.sql`0::real`;
  let text = textCondition(params, exactIds);
  if (share !== 'all') {
    // The sample marks, and an introduction range's year marks: the GIN index intersects them with the words.
    const years = introducedYears(params);
    const marks = years ? Prisma.sql`(${SAMPLE_MARKS[share]} && ${years})` : SAMPLE_MARKS[share];
    text = params.q
      ? Prisma.sql`m."searchVector" @@ ${withMarks(tsQuery(params.q), marks)}`
      : Prisma.sql`m."searchVector" @@ ${marks}`;
  }
  // A sample of the words' matches is a few thousand rows at most, fewer than most filters' own: most filters are
  // checked on those rows (filterConditions, checkOnRows), the narrow ones (body, jurisdiction, sponsor) by their index.
  const filters = filterConditions(params, { checkOnRows: sampled && Boolean(params.q) });
  // A sample also says how many of the matches hold the words in their identifier or title (broadPage reads it).
  const titled =
    sampled && params.q ? Prisma.sql`coalesce(m."titleVector" @@ ${tsQuery(params.q)}, FALSE)` : Prisma.sql`FALSE`;
  return Prisma.sql`
    matched AS MATERIALIZED (
      SELECT m."id", m."originBodyId", m."jurisdictionId", m."type", m."stage", m."outcome", m."subjects", m."primarySponsorIds",
             m."lastActionDate", (${exactCondition(withHits ? exactIds : [])}) AS "exact", ${rank} AS "rank", ${titled} AS "titled"
      FROM "Measure" m
      WHERE ${text} AND ${filters}
    )`;
}

/** The facets (and total) of "matched", scaled up when sampled; with the page of hits when exact. */
function countsQuery(params: SearchParams, exactIds: number[], share: Share): Prisma.Sql {
  const scale = SAMPLE_SCALE[share];
  const hits =
    share === 'all'
      ? Prisma.sql`
    SELECT 'hit' AS "facet", h."id"::text AS "value", h."exact"::text AS "label", h."n"::int AS "count" FROM (
      SELECT m."id", m."exact", row_number() OVER () AS "n" FROM (
        SELECT * FROM matched m ORDER BY ${matchedOrder(params)}
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(params.page - 1) * SEARCH_PAGE_SIZE}
      ) m
    ) h
    UNION ALL`
      : Prisma.sql`
    SELECT 'titled' AS "facet", NULL AS "value", NULL AS "label", (count(*) FILTER (WHERE "titled") * ${scale})::int AS "count" FROM matched
    UNION ALL
    -- The planner's count of measures (kept by ANALYZE and autovacuum): what a walk of the date index would read.
    SELECT 'measures', NULL, NULL, greatest(c."reltuples", 0)::int FROM pg_class c WHERE c."oid" = '"Measure"'::regclass
    UNION ALL`;
  return Prisma.sql`
    WITH ${matchedCte(params, exactIds, share)},
    -- The total and the five single-valued facets in one pass over the matches.
    grouped AS MATERIALIZED (
      SELECT CASE WHEN GROUPING("type") = 0 THEN 'type' WHEN GROUPING("stage") = 0 THEN 'stage'
                  WHEN GROUPING("outcome") = 0 THEN 'outcome' WHEN GROUPING("originBodyId") = 0 THEN 'body'
                  WHEN GROUPING("jurisdictionId") = 0 THEN 'jurisdiction' ELSE 'total' END AS "facet",
             coalesce("type"::text, "stage"::text, "outcome"::text, "originBodyId"::text, "jurisdictionId"::text) AS "value",
             (count(*) * ${scale})::int AS "count"
      FROM matched GROUP BY GROUPING SETS (("type"), ("stage"), ("outcome"), ("originBodyId"), ("jurisdictionId"), ())
    )
    ${hits}
    SELECT g."facet", g."value", NULL AS "label", g."count" FROM grouped g WHERE g."facet" IN ('total', 'type', 'stage', 'outcome')
    UNION ALL
    (SELECT 'body', b."slug", b."name", g."count" FROM grouped g JOIN "Body" b ON b."id" = g."value"::int
     WHERE g."facet" = 'body' ORDER BY g."count" DESC, b."id" LIMIT ${FACET_LIMIT})
    UNION ALL
    (SELECT 'jurisdiction', j."slug", j."name", g."count" FROM grouped g JOIN "Jurisdiction" j ON j."id" = g."value"::int
     WHERE g."facet" = 'jurisdiction' ORDER BY g."count" DESC, j."id" LIMIT ${FACET_LIMIT})
    UNION ALL
    -- Subjects and primary sponsors are lists, mostly of one or two: the first two by position (cheap), the rest
    -- unnested only for the few measures that have more.
    SELECT 'subject', c."subject", c."subject", c."count" FROM (
      SELECT "subject", (count(*) * ${scale})::int AS "count" FROM (
        SELECT "subjects"[1] AS "subject" FROM matched WHERE cardinality("subjects") >= 1
        UNION ALL SELECT "subjects"[2] FROM matched WHERE cardinality("subjects") >= 2
        UNION ALL SELECT unnest("subjects"[3:]) FROM matched WHERE cardinality("subjects") > 2
      ) s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c
    UNION ALL
    -- Primary sponsors, from the measure's own list (kept by a trigger on Sponsorship), not a lookup per match.
    SELECT 'sponsor', p."slug", p."name", c."count" FROM (
      SELECT "id", (count(*) * ${scale})::int AS "count" FROM (
        SELECT "primarySponsorIds"[1] AS "id" FROM matched WHERE cardinality("primarySponsorIds") >= 1
        UNION ALL SELECT unnest("primarySponsorIds"[2:]) FROM matched WHERE cardinality("primarySponsorIds") > 1
      ) s GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_LIMIT}
    ) c JOIN "Person" p ON p."id" = c."id"`;
}

/** The exact statement: every match counted, and the page ranked (the benchmark EXPLAINs it). */
export function matchQuery(params: SearchParams, exactIds: number[]): Prisma.Sql {
  return countsQuery(params, exactIds, 'all');
}

/** The counts over a sixteenth (or an eighth) of the matches, by their sample marks, scaled up (the benchmark EXPLAINs it). */
export function sampleQuery(params: SearchParams, share: Exclude<Share, 'all'> = 'sixteenth'): Prisma.Sql {
  return countsQuery(params, [], share);
}

/**
 * What the sample says: how many match, how many of those hold the words in their identifier or title, and how many
 * measures there are (what a walk of the date index would read to the end).
 */
type Estimate = { total: number; titled: number; measures: number };

/** A part of a broad page: its condition, whether it is the identifier matches, and how many matches it has. */
type Part = { condition: Prisma.Sql; exact: boolean; matches: number | null };

/**
 * The parts a broad search's page is read from, in order. For relevance: measures the words name by identifier (as
 * the exact ranking puts them first), then those whose identifier or title holds the words (titleVector, its own GIN
 * index), then the rest. For a date order, every match. `matches` is the sample's estimate of each part, from which
 * broadPage decides how to read it; null leaves it to the planner (identifiers, filters without words).
 */
function broadParts(params: SearchParams, exactIds: number[], estimate: Estimate): Part[] {
  if (!params.q) return [{ condition: Prisma.sql`TRUE`, exact: false, matches: null }];
  const q = tsQuery(params.q);
  const words = wordsQuery(params); // with the introduction years, to find the rows
  if (!ranksByRelevance(params))
    return [{ condition: textCondition(params, exactIds), exact: false, matches: estimate.total }];
  const notExact = Prisma.sql`NOT (${exactCondition(exactIds)})`;
  return [
    ...(exactIds.length > 0 ? [{ condition: exactCondition(exactIds), exact: true, matches: null }] : []),
    { condition: Prisma.sql`m."titleVector" @@ ${words} AND ${notExact}`, exact: false, matches: estimate.titled },
    {
      condition: Prisma.sql`m."searchVector" @@ ${words} AND NOT (m."titleVector" @@ ${q}) AND ${notExact}`,
      exact: false,
      matches: Math.max(0, estimate.total - estimate.titled),
    },
  ];
}

/**
 * How a part with `matches` (filters applied) of `measures` is read to find `limit` of them: walking the date index
 * reads about limit * measures / matches rows; reading the matches first reads about `matches` (the planner
 * intersects the GIN index with a filter's own index, or checks the filter on the matched rows); the fewer wins. The
 * planner cannot weigh this itself: it misjudges many-word conditions ("prisoners & war" as 700 rows, not 8,000;
 * "affordable & housing" in titles as 146, not 11,788, and then read all 11,788 to sort them).
 */
export function readVia(matches: number, measures: number, limit: number): 'walk' | 'index' {
  return matches * matches <= limit * measures ? 'index' : 'walk';
}

/**
 * The first `limit` ids of one part: dated ones newest first (oldest first for sort=oldest), then undated ones.
 * 'walk' walks the date index row by row (the condition is written `(…) IS TRUE`, which no index answers); 'index'
 * reads the part's matches first (a materialized CTE: the GIN index) and sorts them; 'planner' leaves it to the planner.
 */
export function broadPartQuery(
  params: SearchParams,
  condition: Prisma.Sql,
  limit: number,
  via: 'walk' | 'index' | 'planner' = 'planner',
): Prisma.Sql {
  const oldest = params.sort === 'oldest';
  if (via === 'index') {
    return Prisma.sql`
    WITH t AS MATERIALIZED (SELECT m."id", m."lastActionDate" AS "d" FROM "Measure" m WHERE ${condition} AND ${filterConditions(params)})
    SELECT t."id" FROM t ORDER BY ${oldest ? Prisma.sql`t."d" ASC NULLS LAST, t."id" DESC` : Prisma.sql`t."d" DESC NULLS LAST, t."id" ASC`} LIMIT ${limit}`;
  }
  const where = Prisma.sql`${via === 'walk' ? Prisma.sql`(${condition}) IS TRUE` : condition} AND ${filterConditions(params)}`;
  return Prisma.sql`
    SELECT t."id" FROM (
      (SELECT m."id", 0 AS "part", m."lastActionDate" AS "d" FROM "Measure" m WHERE ${where} AND m."lastActionDate" IS NOT NULL
       ORDER BY ${oldest ? Prisma.sql`m."lastActionDate" ASC, m."id" DESC` : Prisma.sql`m."lastActionDate" DESC, m."id" ASC`} LIMIT ${limit})
      UNION ALL
      (SELECT m."id", 1, NULL FROM "Measure" m WHERE ${where} AND m."lastActionDate" IS NULL
       ORDER BY m."lastActionDate" DESC, ${oldest ? Prisma.sql`m."id" DESC` : Prisma.sql`m."id" ASC`} LIMIT ${limit})
    ) t ORDER BY t."part", ${oldest ? Prisma.sql`t."d" ASC, t."id" DESC` : Prisma.sql`t."d" DESC, t."id" ASC`} LIMIT ${limit}`;
}

/** The first `limit` matches of a broad search, part after part until there are enough. */
async function broadPage(db: DbClient, params: SearchParams, exactIds: number[], limit: number, estimate: Estimate) {
  const rows: { id: number; exact: boolean }[] = [];
  for (const part of broadParts(params, exactIds, estimate)) {
    if (rows.length >= limit) break;
    const wanted = limit - rows.length;
    const via = part.matches === null ? 'planner' : readVia(part.matches, estimate.measures, wanted);
    const ids = await queryRows<{ id: number }>(db, broadPartQuery(params, part.condition, wanted, via));
    rows.push(...ids.map(({ id }) => ({ id, exact: part.exact })));
  }
  return rows;
}

function readRows(rows: Row[], approximate: boolean) {
  const facets: Facets = {
    total: 0,
    approximate,
    body: [],
    jurisdiction: [],
    type: [],
    stage: [],
    outcome: [],
    subject: [],
    sponsor: [],
  };
  const hits: { id: number; n: number; exact: boolean }[] = [];
  const estimate: Estimate = { total: 0, titled: 0, measures: 0 };
  for (const row of rows) {
    if (row.facet === 'titled' || row.facet === 'measures') estimate[row.facet] = row.count;
    else if (row.facet === 'total') facets.total = estimate.total = row.count;
    else if (row.facet === 'hit') hits.push({ id: Number(row.value), n: row.count, exact: row.label === 'true' });
    else facets[row.facet].push({ value: row.value ?? '', label: row.label ?? row.value ?? '', count: row.count });
  }
  for (const key of ['body', 'jurisdiction', 'type', 'stage', 'outcome', 'subject', 'sponsor'] as const) {
    facets[key].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  hits.sort((a, b) => a.n - b.n);
  return { facets, hits, estimate };
}

export type MatchOptions = {
  /** The estimated matches from which a search is broad (tests lower it to reach the broad path). */
  broadFrom?: number;
  /** The rows a 256th or 64th must hold to be the sample (tests lower it to reach those shares). */
  sampleRows?: number;
};

/** The sample a search's counts come from: the finest share that holds enough rows, else a sixteenth or an eighth. */
async function sampleOf(db: DbClient, params: SearchParams, broadFrom: number, sampleRows: number) {
  const sample = async (share: Exclude<Share, 'all'>) =>
    readRows(await queryRows<Row>(db, sampleQuery(params, share)), true);
  /** A fine share settles the search when it holds enough rows and makes it broad. */
  const settles = (counted: { facets: Facets }, share: '256th' | '64th') =>
    counted.facets.total / SAMPLE_SCALE[share] >= sampleRows && counted.facets.total >= broadFrom;
  const finest = await sample('256th');
  const rows = finest.facets.total / SAMPLE_SCALE['256th'];
  if (settles(finest, '256th')) return { ...finest, broad: true };
  // An empty 256th: the matches are very likely too few for even the eighth (800 of them would leave it empty once
  // in twenty draws, and 2,000 once in 2,500), so they are counted exactly without asking the sixteenth first.
  if (rows === 0 && EIGHTH_FROM * broadFrom >= 3 * SAMPLE_SCALE['256th']) return { ...finest, broad: false };
  if (rows * 4 >= sampleRows) {
    const fine = await sample('64th');
    if (settles(fine, '64th')) return { ...fine, broad: true };
  }
  // A 256th that estimates fewer matches than broadFrom: the sixteenth would often fall short of broad too and send
  // the search on to the eighth, which holds it. The eighth is counted straight away: one statement where there were
  // often two (at 1,000,000 measures, "wildfire prevention rural" counted the sixteenth in 6 ms, then the eighth in 7).
  if (finest.facets.total < broadFrom) {
    const eighth = await sample('eighth');
    return { ...eighth, broad: eighth.facets.total >= broadFrom / 2 };
  }
  const sixteenth = await sample('sixteenth');
  if (sixteenth.facets.total >= broadFrom) return { ...sixteenth, broad: true };
  if (sixteenth.facets.total >= EIGHTH_FROM * broadFrom) {
    const eighth = await sample('eighth');
    return { ...eighth, broad: eighth.facets.total >= broadFrom / 2 };
  }
  return { ...sixteenth, broad: false };
}

export async function findMatches(
  db: DbClient,
  params: SearchParams,
  exactIds: number[],
  options: MatchOptions = {},
): Promise<MatchPage> {
  const sample = await sampleOf(db, params, options.broadFrom ?? BROAD_MATCHES, options.sampleRows ?? SAMPLE_ROWS);
  if (!sample.broad) {
    const { facets, hits } = readRows(await queryRows<Row>(db, matchQuery(params, exactIds)), false);
    return matchPage(facets, hits);
  }

  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;
  const page = await broadPage(db, params, exactIds, offset + SEARCH_PAGE_SIZE, sample.estimate);
  return matchPage(sample.facets, page.slice(offset));
}

const matchPage = (facets: Facets, rows: { id: number; exact: boolean }[]): MatchPage => ({
  facets,
  ids: rows.map((row) => row.id),
  exactIds: new Set(rows.filter((row) => row.exact).map((row) => row.id)),
});
