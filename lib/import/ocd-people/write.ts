import { slugify } from '@/lib/measures/identifier';
import { ensureBody, ensureJurisdiction } from '../bodies';
import type { ImportContext } from '../context';
import type { WriteResult } from '../types';
import { matchPerson, syncMembership } from '../people';
import type { OcdPerson, OcdRole } from './parse';

const title = (s: string) => s.replace(/_/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** "ocd-jurisdiction/country:us/state:ca/place:los_angeles/government" → place "Los Angeles", a municipality. */
export function describeJurisdiction(ocdId: string): { name: string; classification: string; isPlace: boolean } {
  const parts = ocdId
    .replace(/^ocd-jurisdiction\//, '')
    .split('/')
    .filter((p) => p.includes(':'));
  const [kind = 'country', value = ocdId] = (parts.at(-1) ?? '').split(':');
  const classification =
    kind === 'place'
      ? 'municipality'
      : kind === 'county'
        ? 'county'
        : kind === 'state'
          ? 'state'
          : kind === 'country'
            ? 'country'
            : kind;
  return { name: title(value), classification, isPlace: kind === 'place' };
}

const ROLE_NAMES: Record<string, string> = { 'council member': 'Councilmember', councilmember: 'Councilmember' };

/** The jurisdiction's legislature: the one it has, or one created for it ("Los Angeles City Council"). */
async function legislatureOf(ctx: ImportContext, role: OcdRole): Promise<number> {
  const place = describeJurisdiction(role.jurisdiction);
  const jurisdictionId = await ensureJurisdiction(ctx, {
    slug: slugify(place.name),
    name: place.name,
    classification: place.classification,
    ocdId: role.jurisdiction,
  });
  const existing = await ctx.tx.body.findFirst({
    where: { jurisdictionId, classification: 'legislature' },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  if (existing) return existing.id;
  const name = place.isPlace ? `${place.name} City Council` : `${place.name} Legislature`;
  return ensureBody(ctx, { slug: slugify(name), name, classification: 'legislature', jurisdictionId, parentId: null });
}

export async function writeOcdPerson(ctx: ImportContext, person: OcdPerson): Promise<WriteResult> {
  const bodies = [];
  for (const role of person.roles) bodies.push(await legislatureOf(ctx, role));
  const match = await matchPerson(
    ctx,
    {
      name: person.name,
      givenName: person.givenName,
      familyName: person.familyName,
      identifiers: [{ scheme: 'ocd-person', value: person.id }],
      bodyId: bodies[0],
    },
    { owned: true },
  );
  if (match.personId !== null) {
    for (const [i, role] of person.roles.entries()) {
      await syncMembership(ctx, match.personId, {
        bodyId: bodies[i]!,
        role: ROLE_NAMES[role.type.toLowerCase()] ?? title(role.type),
        district: role.district?.replace(/^district\s+/i, '') ?? null,
        party: person.party,
        startDate: role.startDate,
        endDate: role.endDate,
      });
    }
  }
  return { label: person.name, created: match.how === 'created' };
}
