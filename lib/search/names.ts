// People and bodies by name, tolerant of typos: trigram similarity ("Krekorain" finds Paul Krekorian) through the
// GIN trigram indexes on Person.name and Body.name. `%` compares whole names; `<%` finds the query inside a longer
// name ("Krekorian" in "Paul Krekorian"); either may use the index.
import type { DbClient } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';

export type NameMatch = { slug: string; name: string; score: number };
export type NameMatches = { people: NameMatch[]; bodies: NameMatch[] };

const NAME_LIMIT = 5;
/** Names are short: a longer query is a sentence, not a name. */
const MAX_NAME_QUERY = 60;

/** People (or bodies) whose names are near the query, as SQL (the benchmark EXPLAINs it). */
export function namesQuery(table: 'Person' | 'Body', q: string): Prisma.Sql {
  const t = Prisma.raw(`"${table}"`); // one of two constant names, never input
  return Prisma.sql`
    SELECT n."slug", n."name", greatest(similarity(n."name", ${q}::text), word_similarity(${q}::text, n."name"))::float8 AS "score"
    FROM ${t} n
    WHERE n."name" % ${q}::text OR ${q}::text <% n."name"
    ORDER BY "score" DESC, n."name" LIMIT ${NAME_LIMIT}`;
}

export async function findNames(db: DbClient, q: string): Promise<NameMatches> {
  // Identifiers, dates and long sentences are not names.
  if (q.length < 3 || q.length > MAX_NAME_QUERY || /\d/.test(q) || q.split(' ').length > 5) return { people: [], bodies: [] };
  // The tables are small enough that the planner prefers reading them whole, but computing trigrams for every
  // name costs 10-100x the GIN index (40-130 ms against 0.1-5 ms over 5,400 people): it is told to use the index.
  const [, people, bodies] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<NameMatch[]>(namesQuery('Person', q)),
    db.$queryRaw<NameMatch[]>(namesQuery('Body', q)),
  ]);
  return { people, bodies };
}
