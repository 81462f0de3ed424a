import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows, type DbClient } from '@/lib/db/client';
import { identifierReadings } from '@/lib/search/identifier-query';

export type IdentifierMatch = { id: number; slug: string };

/** The lookup of the measures a query names by identifier, as SQL; null when the query is not an identifier. */
export function identifierQuery(q: string): Prisma.Sql | null {
  const readings = identifierReadings(q);
  if (readings.length === 0) return null;
  const alternatives = readings.map(({ normalized, session }) =>
    session
      ? Prisma.sql`(m."normalizedIdentifier" = ${normalized} AND s."identifier" = ${session})`
      : Prisma.sql`m."normalizedIdentifier" = ${normalized}`,
  );
  return Prisma.sql`
    SELECT m."id", m."slug"
    FROM "Measure" m LEFT JOIN "LegislativeSession" s ON s."id" = m."sessionId"
    WHERE ${Prisma.join(alternatives, ' OR ')}
    ORDER BY m."introducedOn" DESC NULLS LAST, m."id" DESC
    LIMIT 20`;
}

/**
 * Measures whose identifier the query is, in any spelling, with the session when the query names one
 * ("H.Res. 240 117th"). One indexed lookup (Measure.normalizedIdentifier); none when the query is not an identifier.
 */
export async function findIdentifierMatches(db: DbClient, q: string): Promise<IdentifierMatch[]> {
  const query = identifierQuery(q);
  return query ? queryRows<IdentifierMatch>(db, query) : [];
}
