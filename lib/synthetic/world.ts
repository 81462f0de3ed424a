// The synthetic world: the U.S. Congress, fifty state legislatures and some city councils, each with chambers,
// committees, members and sessions. Everything is derived from the seed, so two runs give the same world.
import { slugify } from '@/lib/measures/identifier';
import type { Random } from '@/lib/synthetic/random';
import { CITIES, COMMITTEE_TOPICS, FAMILY_NAMES, GIVEN_NAMES, STATES } from '@/lib/synthetic/vocabulary';

export const SLUG_PREFIX = 'syn-';

export type BodyPlan = {
  key: string;
  slug: string;
  name: string;
  shortName: string | null;
  classification: 'legislature' | 'chamber' | 'committee' | 'executive';
  jurisdiction: string;
  parent: string | null;
};
export type PersonPlan = { slug: string; name: string; givenName: string; familyName: string };
export type MembershipPlan = { person: number; body: string; role: string; district: string; party: string };
export type Prefix = {
  type: 'bill' | 'resolution' | 'concurrent_resolution' | 'joint_resolution' | 'motion' | 'ordinance';
  prefix: string;
  weight: number;
};
export type ChamberPlan = {
  body: string;
  name: string;
  committees: string[];
  members: number[];
  prefixes: Prefix[];
  memberTitle: string;
};
export type LegislaturePlan = {
  kind: 'congress' | 'state' | 'city';
  jurisdiction: string;
  body: string;
  executive: string;
  chambers: ChamberPlan[];
  /** Session identifiers with their first year ("117" → 2021); cities have none (council files carry the year). */
  sessions: { identifier: string; name: string; year: number }[];
};
export type JurisdictionPlan = { key: string; slug: string; name: string; classification: string };
export type World = {
  jurisdictions: JurisdictionPlan[];
  bodies: BodyPlan[];
  people: PersonPlan[];
  memberships: MembershipPlan[];
  legislatures: LegislaturePlan[];
};

const PARTIES = ['Democratic', 'Republican', 'Democratic', 'Republican', 'Independent'];

export function buildWorld(random: Random): World {
  const world: World = { jurisdictions: [], bodies: [], people: [], memberships: [], legislatures: [] };
  const usedSlugs = new Set<string>();

  const person = (): number => {
    const givenName = random.pick(GIVEN_NAMES);
    const familyName = random.pick(FAMILY_NAMES);
    const middle = random.chance(0.3) ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : '';
    const name = `${givenName}${middle} ${familyName}`;
    let slug = `${SLUG_PREFIX}${slugify(name)}`;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${SLUG_PREFIX}${slugify(name)}-${n}`;
    usedSlugs.add(slug);
    world.people.push({ slug, name, givenName, familyName });
    return world.people.length - 1;
  };
  const body = (plan: Omit<BodyPlan, 'slug'> & { slug?: string }) => {
    world.bodies.push({ ...plan, slug: plan.slug ?? `${SLUG_PREFIX}${slugify(plan.key)}` });
    return plan.key;
  };
  const chamber = (
    jurisdiction: string,
    parent: string | null,
    name: string,
    seats: number,
    memberTitle: string,
    prefixes: Prefix[],
    committees: number,
    districtLabel: string,
  ): ChamberPlan => {
    const key = body({
      key: `${parent ?? jurisdiction} ${name}`,
      name,
      shortName: null,
      classification: parent ? 'chamber' : 'legislature',
      jurisdiction,
      parent,
    });
    const committeeKeys = random.sample(COMMITTEE_TOPICS, committees).map((topic) =>
      body({
        key: `${key} ${topic}`,
        name: `${name} Committee on ${topic}`,
        shortName: topic,
        classification: 'committee',
        jurisdiction,
        parent: key,
      }),
    );
    const members: number[] = [];
    for (let seat = 1; seat <= seats; seat++) {
      const index = person();
      members.push(index);
      world.memberships.push({
        person: index,
        body: key,
        role: memberTitle,
        district: `${districtLabel} ${seat}`,
        party: random.pick(PARTIES),
      });
    }
    return { body: key, name, committees: committeeKeys, members, prefixes, memberTitle };
  };

  // The U.S. Congress
  world.jurisdictions.push({
    key: 'us',
    slug: `${SLUG_PREFIX}us`,
    name: 'United States (synthetic)',
    classification: 'country',
  });
  const congress = body({
    key: 'us congress',
    name: 'Synthetic Congress',
    shortName: null,
    classification: 'legislature',
    jurisdiction: 'us',
    parent: null,
  });
  const president = body({
    key: 'us president',
    name: 'Synthetic President',
    shortName: null,
    classification: 'executive',
    jurisdiction: 'us',
    parent: null,
  });
  world.legislatures.push({
    kind: 'congress',
    jurisdiction: 'us',
    body: congress,
    executive: president,
    chambers: [
      chamber(
        'us',
        congress,
        'House of Representatives',
        435,
        'Representative',
        [
          { type: 'bill', prefix: 'H.R.', weight: 60 },
          { type: 'resolution', prefix: 'H.Res.', weight: 25 },
          { type: 'concurrent_resolution', prefix: 'H.Con.Res.', weight: 7 },
          { type: 'joint_resolution', prefix: 'H.J.Res.', weight: 8 },
        ],
        16,
        'District',
      ),
      chamber(
        'us',
        congress,
        'Senate',
        100,
        'Senator',
        [
          { type: 'bill', prefix: 'S.', weight: 60 },
          { type: 'resolution', prefix: 'S.Res.', weight: 25 },
          { type: 'concurrent_resolution', prefix: 'S.Con.Res.', weight: 7 },
          { type: 'joint_resolution', prefix: 'S.J.Res.', weight: 8 },
        ],
        12,
        'Seat',
      ),
    ],
    sessions: [113, 114, 115, 116, 117, 118].map((n) => ({
      identifier: String(n),
      name: `${n}th Congress`,
      year: 1789 + (n - 1) * 2,
    })),
  });

  for (const state of STATES) {
    const key = `state ${state}`;
    world.jurisdictions.push({
      key,
      slug: `${SLUG_PREFIX}${slugify(state)}`,
      name: `${state} (synthetic)`,
      classification: 'state',
    });
    const legislature = body({
      key: `${key} legislature`,
      name: `${state} Legislature`,
      shortName: null,
      classification: 'legislature',
      jurisdiction: key,
      parent: null,
    });
    const governor = body({
      key: `${key} governor`,
      name: `Governor of ${state}`,
      shortName: null,
      classification: 'executive',
      jurisdiction: key,
      parent: null,
    });
    world.legislatures.push({
      kind: 'state',
      jurisdiction: key,
      body: legislature,
      executive: governor,
      chambers: [
        chamber(
          key,
          legislature,
          `${state} Assembly`,
          random.int(40, 80),
          'Assemblymember',
          [
            { type: 'bill', prefix: 'AB', weight: 70 },
            { type: 'resolution', prefix: 'HR', weight: 15 },
            { type: 'concurrent_resolution', prefix: 'ACR', weight: 10 },
            { type: 'joint_resolution', prefix: 'AJR', weight: 5 },
          ],
          5,
          'District',
        ),
        chamber(
          key,
          legislature,
          `${state} Senate`,
          random.int(20, 40),
          'State Senator',
          [
            { type: 'bill', prefix: 'SB', weight: 70 },
            { type: 'resolution', prefix: 'SR', weight: 15 },
            { type: 'concurrent_resolution', prefix: 'SCR', weight: 10 },
            { type: 'joint_resolution', prefix: 'SJR', weight: 5 },
          ],
          4,
          'District',
        ),
      ],
      sessions: [2013, 2015, 2017, 2019, 2021, 2023].map((year) => ({
        identifier: `${year}`,
        name: `${year}–${year + 1} Regular Session`,
        year,
      })),
    });
  }

  for (const city of CITIES) {
    const key = `city ${city}`;
    world.jurisdictions.push({
      key,
      slug: `${SLUG_PREFIX}city-of-${slugify(city)}`,
      name: `${city} (synthetic)`,
      classification: 'municipality',
    });
    const mayor = body({
      key: `${key} mayor`,
      name: `Mayor of ${city}`,
      shortName: null,
      classification: 'executive',
      jurisdiction: key,
      parent: null,
    });
    const council = chamber(
      key,
      null,
      `${city} City Council`,
      random.int(9, 15),
      'Councilmember',
      [
        { type: 'motion', prefix: 'CF', weight: 50 },
        { type: 'resolution', prefix: 'CF', weight: 35 },
        { type: 'ordinance', prefix: 'CF', weight: 15 },
      ],
      3,
      'District',
    );
    world.legislatures.push({
      kind: 'city',
      jurisdiction: key,
      body: council.body,
      executive: mayor,
      chambers: [council],
      sessions: [],
    });
  }
  return world;
}
