import { slugify } from '@/lib/measures/identifier';
import { upsertIdentifier } from '@/lib/write/external-identifiers';
import { idOf, sessionKey, type IdsBySlug } from './upsert-organisations';
import { cite, type SourceIds } from './upsert-sources';
import { krekorian, originalCosponsors, schiff, type RepresentativeSeed } from './people';
import { day, sync, type SyncContext } from '@/lib/write/sync';

type PersonFields = { name: string; givenName: string; familyName: string };
type MembershipFields = {
  role: string;
  district?: string;
  state?: string;
  party?: string;
  startDate?: string;
  endDate?: string;
  sessionId?: number;
};

/** People keyed by name, as the founding case names them. */
export type PeopleIds = Map<string, number>;

/** A person known by a bioguide id is matched by it (an import may have made them first), else by slug. */
async function upsertPerson(ctx: SyncContext, person: PersonFields, bioguide?: string) {
  const slug = slugify(person.name);
  const byIdentifier = bioguide
    ? await ctx.tx.externalIdentifier.findUnique({ where: { scheme_value: { scheme: 'bioguide', value: bioguide } } })
    : null;
  const existing = byIdentifier?.personId
    ? await ctx.tx.person.findUnique({ where: { id: byIdentifier.personId } })
    : await ctx.tx.person.findUnique({ where: { slug } });
  const row = await sync(ctx, {
    entityType: 'person',
    label: slug,
    existing,
    fields: { name: person.name, givenName: person.givenName, familyName: person.familyName },
    create: (data) => ctx.tx.person.create({ data: { slug, ...data } }),
    update: (id, changed) => ctx.tx.person.update({ where: { id }, data: { ...changed, version: { increment: 1 } } }),
  });
  if (bioguide)
    await upsertIdentifier(ctx, { scheme: 'bioguide', value: bioguide }, { personId: row.id, bodyId: null });
  return row;
}

/** One membership per person, body, role and start date. */
async function upsertMembership(ctx: SyncContext, personId: number, bodyId: number, m: MembershipFields) {
  const startDate = day(m.startDate);
  return sync(ctx, {
    entityType: 'membership',
    label: `${m.role} #${personId} in #${bodyId}`,
    existing: await ctx.tx.membership.findFirst({
      where: { personId, bodyId, role: m.role, startDate },
      orderBy: { id: 'asc' },
    }),
    fields: {
      district: m.district ?? null,
      state: m.state ?? null,
      party: m.party ?? null,
      endDate: day(m.endDate),
      sessionId: m.sessionId ?? null,
    },
    create: (data) => ctx.tx.membership.create({ data: { personId, bodyId, role: m.role, startDate, ...data } }),
    update: (id, changed) => ctx.tx.membership.update({ where: { id }, data: changed }),
  });
}

async function upsertRepresentative(ctx: SyncContext, member: RepresentativeSeed, refs: Refs) {
  const { bodies, sources } = refs;
  const person = await upsertPerson(ctx, member, member.bioguide);
  const house = idOf(bodies, 'us-house', 'body');
  const sessionId = idOf(refs.sessions, sessionKey('us-congress', '117'), 'session');
  if (member.term) {
    await upsertMembership(ctx, person.id, house, { role: 'Representative', ...member.term, sessionId });
    await cite(
      ctx,
      sources,
      'congress-legislators',
      { personId: person.id },
      'Bioguide id and the House term covering 2021.',
    );
  } else {
    // Only the office is certain: no longer in legislators-current.yaml, so no district, party or dates here.
    await upsertMembership(ctx, person.id, house, { role: 'Representative', sessionId });
    await cite(
      ctx,
      sources,
      'hres240-text',
      { personId: person.id },
      'Named as an original cosponsor on March 16, 2021, in the 117th Congress.',
    );
  }
  return person.id;
}

type Refs = { bodies: IdsBySlug; sources: SourceIds; sessions: IdsBySlug };

export async function upsertPeople(ctx: SyncContext, refs: Refs): Promise<PeopleIds> {
  const { bodies, sources } = refs;
  const ids: PeopleIds = new Map();

  const councilmember = await upsertPerson(ctx, krekorian);
  await upsertMembership(ctx, councilmember.id, idOf(bodies, 'los-angeles-city-council', 'body'), krekorian.membership);
  await cite(
    ctx,
    sources,
    'consulate-announcement',
    { personId: councilmember.id },
    'Named as the Councilmember who wrote the resolution and presented it to the Council.',
  );
  ids.set(krekorian.name, councilmember.id);

  for (const member of [schiff, ...originalCosponsors]) {
    ids.set(member.name, await upsertRepresentative(ctx, member, refs));
  }
  return ids;
}
