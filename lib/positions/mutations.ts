// The organisation's position on a measure. Positions are never updated in place: each decision is a new row, so
// the history is kept, and the newest is the current one. Private to signed-in members: nothing here touches a
// cache tag, because no public page shows positions.
import 'server-only';
import { recordChange, type Actor } from '@/lib/changes/record-change';
import type { DbClient } from '@/lib/db/client';
import type { PositionInput } from './schemas';

export type PositionResult = { ok: true; id: number } | { ok: false; message: string };

export async function recordPosition(
  db: DbClient,
  authorId: string,
  input: PositionInput,
  actor: Actor = { actorId: authorId },
): Promise<PositionResult> {
  if (!(await db.measure.count({ where: { id: input.measureId } })))
    return { ok: false, message: 'That measure no longer exists.' };
  return db.$transaction(async (tx) => {
    const position = await tx.position.create({
      data: { measureId: input.measureId, stance: input.stance, note: input.note, authorId },
    });
    // No measureId on the event: followers' "what changed" lists and any feed made from measure events never carry it.
    await recordChange(tx, {
      ...actor,
      entityType: 'position',
      entityId: position.id,
      operation: 'create',
      after: position,
    });
    return { ok: true, id: position.id };
  });
}
