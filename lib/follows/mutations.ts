// Following and unfollowing. Both are idempotent: following twice keeps one follow, unfollowing what is not
// followed changes nothing. A change that happens records a change event (the follow is the member's own record,
// so it names no measure: followers are not told of each other).
import 'server-only';
import { recordChange, type Actor } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import { followColumn, type FollowInput } from './schemas';

export type FollowResult = { ok: true; following: boolean } | { ok: false; message: string };

const labels = { measure: 'measure', person: 'person', body: 'body', campaign: 'campaign' } as const;

async function exists(db: DbClient, input: FollowInput): Promise<boolean> {
  if (input.kind === 'measure') return (await db.measure.count({ where: { id: input.id } })) > 0;
  if (input.kind === 'person') return (await db.person.count({ where: { id: input.id } })) > 0;
  if (input.kind === 'campaign') return (await db.campaign.count({ where: { id: input.id } })) > 0;
  return (await db.body.count({ where: { id: input.id } })) > 0;
}

export async function setFollow(
  db: DbClient,
  userId: string,
  input: FollowInput,
  actor: Actor = { actorId: userId },
): Promise<FollowResult> {
  if (!(await exists(db, input))) return { ok: false, message: `That ${labels[input.kind]} no longer exists.` };
  const where = { userId, [followColumn[input.kind]]: input.id };
  return db.$transaction(async (tx) => {
    const current = await tx.follow.findFirst({ where, select: { id: true } });
    if (input.intent === 'follow' && !current) {
      const follow = await tx.follow.create({ data: where });
      await recordChange(tx, {
        ...actor,
        entityType: 'follow',
        entityId: follow.id,
        operation: 'create',
        after: follow,
      });
    } else if (input.intent === 'unfollow' && current) {
      await tx.follow.delete({ where: { id: current.id } });
      await recordChange(tx, {
        ...actor,
        entityType: 'follow',
        entityId: current.id,
        operation: 'delete',
        before: where,
      });
    }
    return { ok: true, following: input.intent === 'follow' };
  });
}
