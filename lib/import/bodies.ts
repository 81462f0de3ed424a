// Jurisdictions, bodies and sessions an import refers to. "ensure" finds the record (by external id, then slug)
// and creates it only when missing: a Bill Status file names a committee but is not the authority on its name,
// so it never renames one. The committees file is, and uses syncBody.
import type { BodyClassification } from '@/lib/generated/prisma/enums';
import { slugify } from '@/lib/measures/identifier';
import { day, sync } from '@/lib/write/sync';
import { upsertIdentifier } from '@/lib/write/external-identifiers';
import type { ImportContext } from './context';
import { uniqueSlug } from '@/lib/write/unique-slug';

export type JurisdictionSpec = { slug: string; name: string; classification: string; ocdId?: string | null };

export async function ensureJurisdiction(ctx: ImportContext, spec: JurisdictionSpec): Promise<number> {
  const existing =
    (spec.ocdId ? await ctx.tx.jurisdiction.findUnique({ where: { ocdId: spec.ocdId } }) : null) ??
    (await ctx.tx.jurisdiction.findUnique({ where: { slug: spec.slug } }));
  if (existing) return existing.id;
  const slug = await uniqueSlug(ctx.tx, 'jurisdiction', spec.slug);
  const row = await sync(ctx, {
    entityType: 'jurisdiction',
    label: slug,
    existing: null,
    fields: { name: spec.name, classification: spec.classification, ocdId: spec.ocdId ?? null },
    create: (data) => ctx.tx.jurisdiction.create({ data: { slug, ...data } }),
    update: () => Promise.reject(new Error('unreachable')),
  });
  return row.id;
}

export type BodySpec = {
  slug: string;
  name: string;
  shortName?: string | null;
  classification: BodyClassification;
  jurisdictionId: number | null;
  parentId: number | null;
  url?: string | null;
  identifier?: { scheme: string; value: string };
};

async function findBody(ctx: ImportContext, spec: BodySpec) {
  if (spec.identifier) {
    const id = await ctx.tx.externalIdentifier.findUnique({
      where: { scheme_value: { scheme: spec.identifier.scheme, value: spec.identifier.value } },
    });
    if (id?.bodyId) return ctx.tx.body.findUnique({ where: { id: id.bodyId } });
  }
  return ctx.tx.body.findUnique({ where: { slug: spec.slug } });
}

async function createOrSync(ctx: ImportContext, spec: BodySpec, owned: boolean): Promise<number> {
  const existing = await findBody(ctx, spec);
  if (existing && !owned) return existing.id;
  const slug = existing?.slug ?? (await uniqueSlug(ctx.tx, 'body', spec.slug));
  const fields: Record<string, unknown> = {
    name: spec.name,
    classification: spec.classification,
    jurisdictionId: spec.jurisdictionId,
    parentId: spec.parentId,
    url: spec.url ?? null,
  };
  if (spec.shortName !== undefined) fields.shortName = spec.shortName;
  const eventsBefore = ctx.report.changeEvents;
  const row = await sync(ctx, {
    entityType: 'body',
    label: slug,
    existing,
    fields,
    create: (data) =>
      ctx.tx.body.create({
        data: { slug, ...(data as typeof fields & { name: string; classification: BodyClassification }) },
      }),
    update: (id, changed) => ctx.tx.body.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
  });
  if (spec.identifier) await upsertIdentifier(ctx, spec.identifier, { bodyId: row.id, personId: null });
  if (ctx.report.changeEvents > eventsBefore) ctx.changed.push({ kind: 'body', id: row.id, slug });
  return row.id;
}

/** Finds the body or creates it; never changes one that exists. */
export function ensureBody(ctx: ImportContext, spec: BodySpec): Promise<number> {
  return createOrSync(ctx, spec, false);
}

/** Creates the body or brings its fields in line with the file (the file is the authority on them). */
export function syncBody(ctx: ImportContext, spec: BodySpec): Promise<number> {
  return createOrSync(ctx, spec, true);
}

export function bodySlug(name: string): string {
  return slugify(name);
}

export type SessionSpec = { bodyId: number; identifier: string; name: string; startDate?: string; endDate?: string };

export async function ensureSession(ctx: ImportContext, spec: SessionSpec): Promise<number> {
  const where = { bodyId_identifier: { bodyId: spec.bodyId, identifier: spec.identifier } };
  const existing = await ctx.tx.legislativeSession.findUnique({ where });
  if (existing) return existing.id;
  const row = await sync(ctx, {
    entityType: 'legislativeSession',
    label: spec.name,
    existing: null,
    fields: { name: spec.name, startDate: day(spec.startDate), endDate: day(spec.endDate) },
    create: (data) =>
      ctx.tx.legislativeSession.create({ data: { bodyId: spec.bodyId, identifier: spec.identifier, ...data } }),
    update: () => Promise.reject(new Error('unreachable')),
  });
  return row.id;
}
