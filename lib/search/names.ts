// People and bodies by name, tolerant of typos: trigram similarity ("Krekorain" finds Paul Krekorian) through the
// GIN trigram indexes on Person.name and Body.name. `%` compares whole names; `<%` finds the query inside a longer
// name ("Krekorian" in "Paul Krekorian"); either may use the index.
import type { DbClient } from '@/lib/db/client';

export type NameMatch = { slug: string; name: string; score: number };
export type NameMatches = { people: NameMatch[]; bodies: NameMatch[] };

const NAME_LIMIT = 5;
/** Names are short: a longer query is a sentence, not a name. */
const MAX_NAME_QUERY = 60;

export async function findNames(db: DbClient, q: string): Promise<NameMatches> {
  if (q.length < 3 || q.length > MAX_NAME_QUERY) return { people: [], bodies: [] };
  const [people, bodies] = await Promise.all([
    db.$queryRaw<NameMatch[]>`
      SELECT p."slug", p."name", greatest(similarity(p."name", ${q}::text), word_similarity(${q}::text, p."name"))::float8 AS "score"
      FROM "Person" p
      WHERE p."name" % ${q}::text OR ${q}::text <% p."name"
      ORDER BY "score" DESC, p."name" LIMIT ${NAME_LIMIT}`,
    db.$queryRaw<NameMatch[]>`
      SELECT b."slug", b."name", greatest(similarity(b."name", ${q}::text), word_similarity(${q}::text, b."name"))::float8 AS "score"
      FROM "Body" b
      WHERE b."name" % ${q}::text OR ${q}::text <% b."name"
      ORDER BY "score" DESC, b."name" LIMIT ${NAME_LIMIT}`,
  ]);
  return { people, bodies };
}
