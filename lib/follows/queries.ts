import 'server-only';
import { db } from '@/lib/db';
import { followColumn, type FollowKind } from './schemas';

export async function isFollowing(userId: string, kind: FollowKind, id: number): Promise<boolean> {
  return (await db.follow.count({ where: { userId, [followColumn[kind]]: id } })) > 0;
}

type Named = { id: number; slug: string; name: string };
type FollowedRecord = { id: number; person: Named | null; body: Named | null };

/** The people and bodies a member follows, for the dashboard's list beside the table: one statement, oldest first. */
export async function getFollowedPeopleAndBodies(userId: string): Promise<FollowedRecord[]> {
  const rows = await db.$queryRaw<
    {
      id: number;
      personId: number | null;
      personSlug: string;
      personName: string;
      bodyId: number | null;
      bodySlug: string;
      bodyName: string;
    }[]
  >`
    SELECT f."id", p."id" AS "personId", p."slug" AS "personSlug", p."name" AS "personName", b."id" AS "bodyId", b."slug" AS "bodySlug", b."name" AS "bodyName"
    FROM "Follow" f LEFT JOIN "Person" p ON p."id" = f."personId" LEFT JOIN "Body" b ON b."id" = f."bodyId"
    WHERE f."userId" = ${userId} AND f."measureId" IS NULL AND f."campaignId" IS NULL
    ORDER BY f."createdAt", f."id"`;
  return rows.map((r) => ({
    id: r.id,
    person: r.personId != null ? { id: r.personId, slug: r.personSlug, name: r.personName } : null,
    body: r.bodyId != null ? { id: r.bodyId, slug: r.bodySlug, name: r.bodyName } : null,
  }));
}
