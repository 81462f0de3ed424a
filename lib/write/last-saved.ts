import type { DbTx } from '@/lib/changes/record-change';

/** Who saved a person or body last and when (from its change events): shown to an editor whose save was refused. */
export async function lastSavedBy(db: DbTx, entityType: 'person' | 'body', entityId: number) {
  const last = await db.changeEvent.findFirst({
    where: { entityType, entityId: String(entityId) },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true, actorLabel: true, actor: { select: { name: true, email: true } } },
  });
  return {
    savedBy: last ? (last.actor ? (last.actor.name ?? last.actor.email) : last.actorLabel) : null,
    savedAt: last?.at ?? null,
  };
}
