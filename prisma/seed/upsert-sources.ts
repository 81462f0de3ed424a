import type { SourceSeed } from './founding-case';
import { sync, type SyncContext } from '@/lib/write/sync';

export type SourceIds = Map<string, number>;

/** A source with an address is matched by it; one without (an announcement, a report) by publisher and title. */
export async function upsertSources(ctx: SyncContext, seeds: SourceSeed[]): Promise<SourceIds> {
  const ids: SourceIds = new Map();
  for (const source of seeds) {
    const url = source.url ?? null;
    const existing = await ctx.tx.source.findFirst({
      where: url ? { url } : { url: null, publisher: source.publisher, title: source.title },
      orderBy: { id: 'asc' },
    });
    const row = await sync(ctx, {
      entityType: 'source',
      label: source.key,
      existing,
      fields: { url, title: source.title, publisher: source.publisher, kind: source.kind },
      create: (fields) => ctx.tx.source.create({ data: fields }),
      update: (id, changed) => ctx.tx.source.update({ where: { id }, data: changed }),
    });
    ids.set(source.key, row.id);
  }
  return ids;
}

export type CitationTarget = { measureId?: number; actionId?: number; personId?: number; bodyId?: number };

/** Cites a source on one measure, action, person or body (once). */
export async function cite(ctx: SyncContext, sourceIds: SourceIds, key: string, target: CitationTarget, note?: string) {
  const sourceId = sourceIds.get(key);
  if (sourceId === undefined) throw new Error(`Seed data cites an unknown source "${key}".`);
  const where = {
    sourceId,
    measureId: target.measureId ?? null,
    actionId: target.actionId ?? null,
    personId: target.personId ?? null,
    bodyId: target.bodyId ?? null,
  };
  const existing = await ctx.tx.sourceCitation.findFirst({ where, orderBy: { id: 'asc' } });
  return sync(ctx, {
    entityType: 'sourceCitation',
    label: `${key} on ${JSON.stringify(target)}`,
    existing,
    fields: { note: note ?? null },
    create: (fields) => ctx.tx.sourceCitation.create({ data: { ...where, ...fields } }),
    update: (id, changed) => ctx.tx.sourceCitation.update({ where: { id }, data: changed }),
    measureId: target.measureId ?? null,
  });
}
