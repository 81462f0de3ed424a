// People are matched by an external id first (bioguide, ocd-person...), then by name among the members of the
// body the file is about. Two or more people of that name there is an ambiguity: it is reported and nobody is
// linked or created, so a namesake is never silently merged or duplicated.
import { slugify } from '@/lib/measures/identifier';
import { sameValue } from '@/lib/write/compare';
import { day, sync } from '@/lib/write/sync';
import { upsertIdentifier } from '@/lib/write/external-identifiers';
import type { ImportContext } from './context';
import { createRecorded } from './create-recorded';
import { insertRows } from './insert-rows';
import { uniqueSlug } from '@/lib/write/unique-slug';

export type ExternalId = { scheme: string; value: string };

export type PersonSpec = {
  name: string;
  givenName?: string | null;
  familyName?: string | null;
  identifiers: ExternalId[];
  /** Where to look for a namesake when no id matches: the body the person sits in. */
  bodyId?: number | null;
};

export type PersonMatch =
  { personId: number; how: 'identifier' | 'name' | 'created' } | { personId: null; how: 'ambiguous' | 'unknown' };

type KnownId = { id: number; scheme: string; value: string; personId: number | null; bodyId: number | null };

async function knownIdentifiers(ctx: ImportContext, identifiers: ExternalId[]): Promise<KnownId[]> {
  if (!identifiers.length) return [];
  return ctx.tx.externalIdentifier.findMany({
    where: { OR: identifiers.map(({ scheme, value }) => ({ scheme, value })) },
  });
}

function byIdentifier(known: KnownId[], identifiers: ExternalId[]): number | null {
  // The first scheme the file lists wins (bioguide before the others).
  for (const { scheme } of identifiers) {
    const hit = known.find((f) => f.scheme === scheme && f.personId !== null);
    if (hit?.personId) return hit.personId;
  }
  return null;
}

/** Links the ids to the person: new ones in one statement, one that pointed elsewhere moved (and recorded). */
async function linkIdentifiers(ctx: ImportContext, personId: number, identifiers: ExternalId[], known: KnownId[]) {
  const missing: ExternalId[] = [];
  for (const identifier of identifiers) {
    const row = known.find((k) => k.scheme === identifier.scheme && k.value === identifier.value);
    if (!row) missing.push(identifier);
    else if (row.personId === personId && row.bodyId === null) ctx.report.unchanged++;
    else await upsertIdentifier(ctx, identifier, { personId, bodyId: null });
  }
  const unique = [...new Map(missing.map((m) => [`${m.scheme}:${m.value}`, m])).values()];
  await createRecorded(
    ctx,
    'externalIdentifier',
    unique.map((m) => ({ ...m, personId })),
    (data) => insertRows(ctx.tx, 'ExternalIdentifier', data),
  );
}

async function byName(ctx: ImportContext, spec: PersonSpec) {
  if (!spec.bodyId) return [];
  const nameMatches = [{ name: { equals: spec.name, mode: 'insensitive' as const } }];
  const sameParts =
    spec.givenName && spec.familyName
      ? [
          {
            givenName: { equals: spec.givenName, mode: 'insensitive' as const },
            familyName: { equals: spec.familyName, mode: 'insensitive' as const },
          },
        ]
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
  const known = await knownIdentifiers(ctx, spec.identifiers);
  let personId = byIdentifier(known, spec.identifiers);
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
  await linkIdentifiers(ctx, id, spec.identifiers, known);
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

/**
 * The person's memberships as the file gives them, one per body, role and start date (or session, when the dates
 * are not known): read in one query, new ones created in one statement, changed ones updated.
 */
export async function syncMemberships(ctx: ImportContext, personId: number, specs: MembershipSpec[]) {
  const current = await ctx.tx.membership.findMany({ where: { personId }, orderBy: { id: 'asc' } });
  const eventsBefore = ctx.report.changeEvents;
  const toCreate = [];
  for (const m of specs) {
    const startDate = day(m.startDate ?? undefined);
    const sessionId = m.sessionId ?? null;
    const existing = current.find(
      (c) =>
        c.bodyId === m.bodyId &&
        c.role === m.role &&
        sameValue('startDate', c.startDate, startDate) &&
        (startDate !== null || c.sessionId === sessionId),
    );
    const fields = {
      district: m.district ?? null,
      state: m.state ?? null,
      party: m.party ?? null,
      endDate: day(m.endDate ?? undefined),
      sessionId,
    };
    if (!existing) {
      toCreate.push({ personId, bodyId: m.bodyId, role: m.role, startDate, ...fields });
      continue;
    }
    await sync(ctx, {
      entityType: 'membership',
      label: `${m.role} #${personId} in #${m.bodyId}`,
      existing,
      fields,
      create: () => Promise.reject(new Error('unreachable')),
      update: (id, changed) => ctx.tx.membership.update({ where: { id }, data: changed }),
    });
  }
  await createRecorded(ctx, 'membership', toCreate, (data) => insertRows(ctx.tx, 'Membership', data));
  if (ctx.report.changeEvents > eventsBefore) {
    ctx.changed.push(
      { kind: 'person', id: personId },
      ...[...new Set(specs.map((m) => m.bodyId))].map((id) => ({ kind: 'body' as const, id })),
    );
  }
}

export function syncMembership(ctx: ImportContext, personId: number, m: MembershipSpec) {
  return syncMemberships(ctx, personId, [m]);
}
