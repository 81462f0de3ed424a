// The sponsors and cosponsors of a Bill Status file as people with a membership of their chamber in that Congress.
// A hundred cosponsors are the common case, so known members and their memberships are found in one query by
// bioguide id, and new memberships written in one statement; only unknown members go one by one.
import { createRecorded } from '../create-recorded';
import { insertRows } from '../insert-rows';
import type { ImportContext } from '../context';
import { matchPerson } from '../people';
import { sync } from '@/lib/write/sync';
import type { Congress } from '../us-congress';
import type { Membership } from '@/lib/generated/prisma/client';
import type { BillPerson } from './parse';

const PARTIES: Record<string, string> = {
  D: 'Democrat',
  R: 'Republican',
  I: 'Independent',
  ID: 'Independent Democrat',
  L: 'Libertarian',
};

function role(p: BillPerson): string {
  if (p.chamber === 'Senate') return 'Senator';
  if (p.fullName.startsWith('Del')) return 'Delegate';
  if (p.fullName.startsWith('Resident')) return 'Resident Commissioner';
  return 'Representative';
}

type KnownMember = Membership & { bioguide: string; knownPersonId: number };

/**
 * The people the bioguide ids name, each with their memberships of this Congress (id null when none), in one query:
 * Prisma would make three statements of the join.
 */
function knownMembers(ctx: ImportContext, bioguides: string[], sessionId: number) {
  return ctx.tx.$queryRaw<KnownMember[]>`
    SELECT e."value" AS "bioguide", e."personId" AS "knownPersonId", m.*
      FROM "ExternalIdentifier" e
      LEFT JOIN "Membership" m ON m."personId" = e."personId" AND m."sessionId" = ${sessionId} AND m."startDate" IS NULL
     WHERE e."scheme" = 'bioguide' AND e."value" = ANY(${bioguides}) AND e."personId" IS NOT NULL
     ORDER BY m."id"`;
}

/** The person id of each member, in order (null when a name match was ambiguous). */
export async function members(
  ctx: ImportContext,
  people: BillPerson[],
  us: Congress,
  sessionId: number,
): Promise<(number | null)[]> {
  const { tx } = ctx;
  const bioguides = [...new Set(people.map((p) => p.bioguideId))];
  const known = await knownMembers(ctx, bioguides, sessionId);
  const ids = new Map<string, number | null>(known.map((k) => [k.bioguide, k.knownPersonId]));
  const current = new Map<number, Membership>();
  for (const { bioguide: _b, knownPersonId: _k, ...membership } of known)
    if (membership.id !== null) current.set(membership.id, membership);
  const matched: number[] = [];
  for (const p of people) {
    if (ids.has(p.bioguideId)) continue;
    const match = await matchPerson(
      ctx,
      {
        name: p.name,
        givenName: p.givenName,
        familyName: p.familyName,
        identifiers: [{ scheme: 'bioguide', value: p.bioguideId }],
        bodyId: us[p.chamber],
      },
      { owned: false },
    );
    ids.set(p.bioguideId, match.personId);
    if (match.personId !== null) matched.push(match.personId);
  }
  // People found by name (or just created) were not in the join.
  if (matched.length) {
    for (const m of await tx.membership.findMany({
      where: { personId: { in: matched }, sessionId, startDate: null },
      orderBy: { id: 'asc' },
    }))
      current.set(m.id, m);
  }

  const memberships = [...current.values()];
  const toCreate = [];
  const seen = new Set<string>();
  for (const p of people) {
    const personId = ids.get(p.bioguideId);
    if (!personId) continue;
    const bodyId = us[p.chamber];
    const key = `${personId}:${bodyId}:${role(p)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fields = { state: p.state, district: p.district, party: p.party ? (PARTIES[p.party] ?? p.party) : null };
    const existing = memberships.find((m) => m.personId === personId && m.bodyId === bodyId && m.role === role(p));
    if (!existing) {
      toCreate.push({ personId, bodyId, role: role(p), sessionId, ...fields });
      ctx.changed.push({ kind: 'person', id: personId });
    } else {
      await sync(ctx, {
        entityType: 'membership',
        label: `${role(p)} #${personId}`,
        existing,
        fields,
        create: () => Promise.reject(new Error('unreachable')),
        update: (id, changed) => tx.membership.update({ where: { id }, data: changed }),
      });
    }
  }
  await createRecorded(ctx, 'membership', toCreate, (data) => insertRows(tx, 'Membership', data));
  return people.map((p) => ids.get(p.bioguideId) ?? null);
}
