import 'server-only';
import { db } from '@/lib/db';
import { followColumn, type FollowKind } from './schemas';

export async function isFollowing(userId: string, kind: FollowKind, id: number): Promise<boolean> {
  return (await db.follow.count({ where: { userId, [followColumn[kind]]: id } })) > 0;
}

/** The people and bodies a member follows, for the dashboard's list beside the table. */
export async function getFollowedPeopleAndBodies(userId: string) {
  const follows = await db.follow.findMany({
    where: { userId, measureId: null },
    orderBy: { createdAt: 'asc' },
    select: { id: true, person: { select: { id: true, slug: true, name: true } }, body: { select: { id: true, slug: true, name: true } } },
  });
  return follows;
}
