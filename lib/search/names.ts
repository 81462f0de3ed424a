// People and bodies by name, tolerant of typos: trigram similarity ("Krekorain" finds Paul Krekorian). A name
// matches when it is similar as a whole (similarity ≥ 0.3) or holds the query as a word (word similarity ≥ 0.6,
// "Krekorian" in "Paul Krekorian"): pg_trgm's own thresholds for `%` and `<%`. The better the word similarity, the
// higher it comes (it is never below the similarity). The GiST trigram indexes on Person.name and Body.name are walked
// nearest first by that distance (`<<->`), so a lookup reads a handful of index entries whatever the query; the
// nearest ten are then checked against both thresholds. They are checked as function calls, not with the operators:
// the planner estimates an operator's selectivity by applying it to every sampled name in the column's statistics,
// which cost 2 ms of planning per search (against 0.1 ms), for ten rows whose number it did not need.
import { queryRows, type DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export type NameMatch = { slug: string; name: string; score: number };
export type NameMatches = { people: NameMatch[]; bodies: NameMatch[] };

const NAME_LIMIT = 5;
/** pg_trgm's defaults for `%` (pg_trgm.similarity_threshold) and `<%` (pg_trgm.word_similarity_threshold). */
const SIMILARITY = 0.3;
const WORD_SIMILARITY = 0.6;
/** Names are short: a longer query is a sentence, not a name. */
const MAX_NAME_QUERY = 60;

/** People (or bodies) whose names are near the query, as SQL (the benchmark EXPLAINs it). */
export function namesQuery(table: 'Person' | 'Body', q: string): Prisma.Sql {
  const t = Prisma.raw(`"${table}"`); // one of two constant names, never input
  const kind = table === 'Person' ? 'person' : 'body';
  return Prisma.sql`
    SELECT ${kind}::text AS "kind", c."slug", c."name", c."word"::float8 AS "score"
    FROM (SELECT n."slug", n."name", word_similarity(${q}::text, n."name") AS "word", similarity(n."name", ${q}::text) AS "whole"
          FROM ${t} n ORDER BY ${q}::text <<-> n."name" LIMIT ${2 * NAME_LIMIT}) c
    WHERE c."whole" >= ${SIMILARITY}::float8 OR c."word" >= ${WORD_SIMILARITY}::float8
    ORDER BY "score" DESC, c."name" LIMIT ${NAME_LIMIT}`;
}

export async function findNames(db: DbClient, q: string): Promise<NameMatches> {
  // Identifiers, dates and long sentences are not names.
  if (q.length < 3 || q.length > MAX_NAME_QUERY || /\d/.test(q) || q.split(' ').length > 5)
    return { people: [], bodies: [] };
  const rows = await queryRows<NameMatch & { kind: 'person' | 'body' }>(
    db,
    Prisma.sql`
    (${namesQuery('Person', q)}) UNION ALL (${namesQuery('Body', q)})`,
  );
  const pick = (kind: 'person' | 'body') =>
    rows.filter((row) => row.kind === kind).map(({ slug, name, score }) => ({ slug, name, score }));
  return { people: pick('person'), bodies: pick('body') };
}
