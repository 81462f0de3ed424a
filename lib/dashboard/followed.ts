// The SQL pieces the dashboard's statements share. The followed set is computed by the database once per request
// (with the member's settings) and then handed to the other statements as one int[] parameter.
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/** Change events that matter to a follower: status, actions, sponsors and cosponsors, relations. */
export const FEED_ENTITY_TYPES = ['measure', 'action', 'sponsorship', 'measureRelation'];

/**
 * The ids (column "id") of the measures a member follows: directly, through a followed person who sponsors them
 * (unless withdrawn), through a followed body they come from, or through a followed campaign they are in. Each branch starts from the member's follows
 * (indexed by user); the IS NOT NULL tests let the planner see that most follows are of measures.
 */
export function followedMeasuresSql(userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT f."measureId" AS "id" FROM "Follow" f WHERE f."userId" = ${userId} AND f."measureId" IS NOT NULL
    UNION
    SELECT s."measureId" FROM "Follow" f JOIN "Sponsorship" s ON s."personId" = f."personId" AND s."withdrawnOn" IS NULL
    WHERE f."userId" = ${userId} AND f."personId" IS NOT NULL
    UNION
    SELECT m."id" FROM "Follow" f JOIN "Measure" m ON m."originBodyId" = f."bodyId"
    WHERE f."userId" = ${userId} AND f."bodyId" IS NOT NULL
    UNION
    SELECT cm."measureId" FROM "Follow" f JOIN "CampaignMeasure" cm ON cm."campaignId" = f."campaignId" AND cm."status" = 'CONFIRMED'
    WHERE f."userId" = ${userId} AND f."campaignId" IS NOT NULL`;
}

/**
 * Events (alias e) on these measures after `since`, of a kind a follower cares about, by anyone but the member (their
 * own edits are not news to them). Written so that the index on (measureId, at, id, entityType, actorId) answers it
 * alone, without reading the events themselves.
 */
export function newEventsSql(userId: string, measureIds: Prisma.Sql, since: Date): Prisma.Sql {
  return Prisma.sql`e."measureId" = ANY(${measureIds}) AND e."at" > ${since} AND e."entityType" IN (${Prisma.join(FEED_ENTITY_TYPES)})
    AND (e."actorId" IS NULL OR e."actorId" <> ${userId})`;
}

/** A list of measure ids as one int[] parameter, however long the list. */
export const idArray = (ids: number[]) => Prisma.sql`${ids}::int[]`;
