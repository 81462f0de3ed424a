// The WHERE of a search, shared by its results and its facet counts. Every value is a parameter of a tagged
// template (Prisma.sql): nothing a visitor types is ever spliced into SQL text.
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

/** The words: an identifier match or a full-text match; no words, every measure. */
export function textCondition(q: string, exactIds: number[]): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  return Prisma.sql`(m."searchVector" @@ ${tsQuery(q)} OR ${exactCondition(exactIds)})`;
}

/** The longest introduction range, in calendar years, narrowed through the year marks of the search document. */
export const INTRODUCED_YEARS_MARKED = 12;

/**
 * The year marks of an introduction range with both ends and at most INTRODUCED_YEARS_MARKED calendar years, as a
 * tsquery ('#y2021 | #y2022'): every measure introduced in the range has one of them in its search document
 * (migration ..._search_introduced_years), so the GIN index can intersect them with the words. Null otherwise.
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

/** The facets and date ranges chosen, ANDed. */
export function filterConditions(params: SearchParams): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  const years = introducedYears(params);
  // Only narrows (the dates are checked below); the index answers it with the words, one scan of the same GIN index.
  if (years) parts.push(Prisma.sql`m."searchVector" @@ ${years}`);
  if (params.body)
    parts.push(Prisma.sql`m."originBodyId" = (SELECT b."id" FROM "Body" b WHERE b."slug" = ${params.body})`);
  if (params.jurisdiction) {
    parts.push(
      Prisma.sql`m."jurisdictionId" = (SELECT j."id" FROM "Jurisdiction" j WHERE j."slug" = ${params.jurisdiction})`,
    );
  }
  if (params.type) parts.push(Prisma.sql`m."type" = ${params.type}::"MeasureType"`);
  if (params.stage) parts.push(Prisma.sql`m."stage" = ${params.stage}::"Stage"`);
  if (params.outcome) parts.push(Prisma.sql`m."outcome" = ${params.outcome}::"Outcome"`);
  if (params.subject) parts.push(Prisma.sql`m."subjects" @> ARRAY[${params.subject}::text]`);
  if (params.sponsor) {
    // The sponsor facet is the primary sponsor, as on Congress.gov; cosponsors are listed on the measure's page.
    parts.push(
      Prisma.sql`m."primarySponsorIds" @> ARRAY[(SELECT p."id" FROM "Person" p WHERE p."slug" = ${params.sponsor})]`,
    );
  }
  if (params.introducedFrom) parts.push(Prisma.sql`m."introducedOn" >= ${params.introducedFrom}::date`);
  if (params.introducedTo) parts.push(Prisma.sql`m."introducedOn" <= ${params.introducedTo}::date`);
  if (params.actionFrom) parts.push(Prisma.sql`m."lastActionDate" >= ${params.actionFrom}::date`);
  if (params.actionTo) parts.push(Prisma.sql`m."lastActionDate" <= ${params.actionTo}::date`);
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
