// People are matched by an external id first (bioguide, ocd-person...), then by name among the members of the
// body the file is about. Two or more people of that name there is an ambiguity: it is reported and nobody is
// linked or created, so a namesake is never silently merged or duplicated.
import { slugify } from '@/lib/measures/identifier';
import { day, sync } from '@/prisma/seed/sync';
import { upsertIdentifier } from '@/prisma/seed/upsert-organisations';
import type { ImportContext } from './context';
import { uniqueSlug } from './unique-slug';

export type ExternalId = { scheme: string; value: string };

export type PersonSpec = {
  name: string;
  givenName?: string | null;
  familyName?: string | null;
  identifiers: ExternalId[];
  /** Where to look for a namesake when no id matches: the body the person sits in. */
  bodyId?: number | null;
};

export type PersonMatch = { personId: number; how: 'identifier' | 'name' | 'created' } | { personId: null; how: 'ambiguous' | 'unknown' };

async function byIdentifier(ctx: ImportContext, identifiers: ExternalId[]): Promise<number | null> {
  if (!identifiers.length) return null;
  const found = await ctx.tx.externalIdentifier.findMany({
    where: { OR: identifiers.map(({ scheme, value }) => ({ scheme, value })), personId: { not: null } },
    select: { personId: true, scheme: true },
  });
  // The first scheme the file lists wins (bioguide before the others).
  for (const { scheme } of identifiers) {
    const hit = found.find((f) => f.scheme === scheme);
    if (hit?.personId) return hit.personId;
  }
  return null;
}

async function byName(ctx: ImportContext, spec: PersonSpec) {
  if (!spec.bodyId) return [];
  const nameMatches = [{ name: { equals: spec.name, mode: 'insensitive' as const } }];
  const sameParts =
    spec.givenName && spec.familyName
      ? [{ givenName: { equals: spec.givenName, mode: 'insensitive' as const }, familyName: { equals: spec.familyName, mode: 'insensitive' as const } }]
      : [];
  return ctx.tx.person.findMany({
    where: { OR: [...nameMatches, ...sameParts], memberships: { some: { bodyId: spec.bodyId } } },
    select: { id: true, slug: true },
    orderBy: { id: 'asc' },
  });
}

/**
 * Finds the person and links the file's ids to them, or creates them. With `owned`, the file is the authority on
 * the person's name (a legislators file) and an existing record is brought in line with it; otherwise (a sponsor
 * named in a Bill Status file) an existing person is left as is.
 */
export async function matchPerson(
  ctx: ImportContext,
  spec: PersonSpec,
  options: { owned: boolean; create?: boolean },
): Promise<PersonMatch> {
  let personId = await byIdentifier(ctx, spec.identifiers);
  let how: 'identifier' | 'name' | 'created' = 'identifier';
  if (personId === null) {
    const namesakes = await byName(ctx, spec);
    if (namesakes.length > 1) {
      ctx.warnings.push(
        `${spec.name}: ${namesakes.length} people of that name sit in the same body (${namesakes.map((p) => p.slug).join(', ')}); ` +
          'not linked and not created. Add their id to the right person by hand, then import again.',
      );
      return { personId: null, how: 'ambiguous' };
    }
    personId = namesakes[0]?.id ?? null;
    how = 'name';
    if (personId === null && options.create === false) return { personId: null, how: 'unknown' };
  }

  // A file that does not give the name's parts (an OCD person) does not clear them.
  const fields = {
    name: spec.name,
    ...(spec.givenName || !personId ? { givenName: spec.givenName ?? null } : {}),
    ...(spec.familyName || !personId ? { familyName: spec.familyName ?? null } : {}),
  };
  const existing = personId === null ? null : await ctx.tx.person.findUniqueOrThrow({ where: { id: personId } });
  let id = existing?.id ?? 0;
  if (!existing || options.owned) {
    const slug = existing?.slug ?? (await uniqueSlug(ctx.tx, 'person', slugify(spec.name)));
    const eventsBefore = ctx.report.changeEvents;
    const row = await sync(ctx, {
      entityType: 'person',
      label: slug,
      existing,
      fields,
      create: (data) => ctx.tx.person.create({ data: { slug, ...data } }),
      update: (id, changed) => ctx.tx.person.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
    });
    if (!existing) how = 'created';
    id = row.id;
    if (ctx.report.changeEvents > eventsBefore) ctx.changed.push({ kind: 'person', id: row.id, slug });
  }
  for (const identifier of spec.identifiers) await upsertIdentifier(ctx, identifier, { personId: id, bodyId: null });
  return { personId: id, how };
}

export type MembershipSpec = {
  bodyId: number;
  role: string;
  district?: string | null;
  state?: string | null;
  party?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  sessionId?: number | null;
};

/** One membership per person, body, role and start date (or session, when the dates are not known). */
export async function syncMembership(ctx: ImportContext, personId: number, m: MembershipSpec) {
  const startDate = day(m.startDate ?? undefined);
  const where = { personId, bodyId: m.bodyId, role: m.role, startDate, ...(startDate ? {} : { sessionId: m.sessionId ?? null }) };
  const eventsBefore = ctx.report.changeEvents;
  const row = await sync(ctx, {
    entityType: 'membership',
    label: `${m.role} #${personId} in #${m.bodyId}`,
    existing: await ctx.tx.membership.findFirst({ where, orderBy: { id: 'asc' } }),
    fields: {
      district: m.district ?? null,
      state: m.state ?? null,
      party: m.party ?? null,
      endDate: day(m.endDate ?? undefined),
      sessionId: m.sessionId ?? null,
    },
    create: (data) => ctx.tx.membership.create({ data: { personId, bodyId: m.bodyId, role: m.role, startDate, ...data } }),
    update: (id, changed) => ctx.tx.membership.update({ where: { id }, data: changed }),
  });
  if (ctx.report.changeEvents > eventsBefore) {
    ctx.changed.push({ kind: 'person', id: personId }, { kind: 'body', id: m.bodyId });
  }
  return row;
}
