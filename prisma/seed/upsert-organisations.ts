import type { BodySeed, JurisdictionSeed, SessionSeed } from './founding-case';
import { upsertIdentifier } from '@/lib/write/external-identifiers';
import { day, sync, type SyncContext } from '@/lib/write/sync';
import { slugify } from '@/lib/measures/identifier';

export type IdsBySlug = Map<string, number>;

export function idOf(ids: IdsBySlug, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Seed data names an unknown ${what} "${slug}".`);
  return id;
}

export async function upsertJurisdictions(ctx: SyncContext, seeds: JurisdictionSeed[]): Promise<IdsBySlug> {
  const ids: IdsBySlug = new Map();
  for (const { slug, ...fields } of seeds) {
    const row = await sync(ctx, {
      entityType: 'jurisdiction',
      label: slug,
      existing: await ctx.tx.jurisdiction.findUnique({ where: { slug } }),
      fields,
      create: (data) => ctx.tx.jurisdiction.create({ data: { slug, ...data } }),
      update: (id, changed) => ctx.tx.jurisdiction.update({ where: { id }, data: changed }),
    });
    ids.set(slug, row.id);
  }
  return ids;
}

/** Bodies in order, parents first; each with its external identifiers (a committee's thomas code). */
export async function upsertBodies(ctx: SyncContext, seeds: BodySeed[], jurisdictions: IdsBySlug): Promise<IdsBySlug> {
  const ids: IdsBySlug = new Map();
  for (const body of seeds) {
    const row = await sync(ctx, {
      entityType: 'body',
      label: body.slug,
      existing: await ctx.tx.body.findUnique({ where: { slug: body.slug } }),
      fields: {
        name: body.name,
        shortName: body.shortName ?? null,
        classification: body.classification,
        jurisdictionId: body.jurisdiction ? idOf(jurisdictions, body.jurisdiction, 'jurisdiction') : null,
        parentId: body.parent ? idOf(ids, body.parent, 'parent body') : null,
        url: body.url ?? null,
      },
      create: (data) => ctx.tx.body.create({ data: { slug: body.slug, ...data } }),
      update: (id, changed) => ctx.tx.body.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
    });
    ids.set(body.slug, row.id);
    for (const identifier of body.identifiers ?? []) {
      await upsertIdentifier(ctx, identifier, { bodyId: row.id, personId: null });
    }
  }
  return ids;
}

/** Sessions keyed by "<body slug>/<identifier>". */
export async function upsertSessions(ctx: SyncContext, seeds: SessionSeed[], bodies: IdsBySlug): Promise<IdsBySlug> {
  const ids: IdsBySlug = new Map();
  for (const session of seeds) {
    const bodyId = idOf(bodies, session.body, 'body');
    const row = await sync(ctx, {
      entityType: 'legislativeSession',
      label: `${session.body} ${session.identifier}`,
      existing: await ctx.tx.legislativeSession.findUnique({
        where: { bodyId_identifier: { bodyId, identifier: session.identifier } },
      }),
      fields: { name: session.name, startDate: day(session.startDate), endDate: day(session.endDate) },
      create: (data) => ctx.tx.legislativeSession.create({ data: { bodyId, identifier: session.identifier, ...data } }),
      update: (id, changed) => ctx.tx.legislativeSession.update({ where: { id }, data: changed }),
    });
    ids.set(sessionKey(session.body, session.identifier), row.id);
  }
  return ids;
}

export function sessionKey(bodySlug: string, identifier: string) {
  return `${bodySlug}/${slugify(identifier)}`;
}
