// congress-legislators samples (the shapes of unitedstates/congress-legislators' legislators-current.yaml and
// committees-current.yaml), for the invented members and committees of people.ts. Ada Sample serves two terms in
// two Congresses (117th and 119th); Cal Fixture holds Wyoming's at-large seat (district 0).
import { SAMPLE_COMMITTEES, SAMPLE_MEMBERS, type SampleMember } from './people';
import { yamlDocument, type YamlValue } from './yaml-text';

const PARTY = { D: 'Democrat', R: 'Republican', I: 'Independent' } as const;

type Term = { start: string; end: string; senateClass?: 1 | 2 | 3 };

/** The terms each member served (House terms are one Congress each; a Senate term is three). */
export const SAMPLE_TERMS: Record<string, Term[]> = {
  S999001: [
    { start: '2021-01-03', end: '2023-01-03' },
    { start: '2025-01-03', end: '2027-01-03' },
  ],
  F999002: [
    { start: '2023-01-03', end: '2025-01-03' },
    { start: '2025-01-03', end: '2027-01-03' },
  ],
  E999003: [
    { start: '2019-01-03', end: '2025-01-03', senateClass: 1 },
    { start: '2025-01-03', end: '2031-01-03', senateClass: 1 },
  ],
  S999004: [{ start: '2021-01-03', end: '2027-01-03', senateClass: 3 }],
  P999005: [
    { start: '2021-01-03', end: '2023-01-03' },
    { start: '2023-01-03', end: '2025-01-03' },
    { start: '2025-01-03', end: '2027-01-03' },
  ],
  D999006: [
    { start: '2021-01-03', end: '2023-01-03' },
    { start: '2023-01-03', end: '2025-01-03' },
    { start: '2025-01-03', end: '2027-01-03' },
  ],
  M999007: [{ start: '2023-01-03', end: '2029-01-03', senateClass: 1 }],
};

function legislator(m: SampleMember): YamlValue {
  return {
    id: {
      bioguide: m.bioguideId,
      thomas: m.thomas,
      govtrack: m.govtrack,
      fec: [`H0ZZ${m.thomas}`],
      wikipedia: `${m.firstName} ${m.lastName} (sample)`,
    },
    name: { first: m.firstName, middle: m.middleName, last: m.lastName, official_full: `${m.firstName} ${m.lastName}` },
    bio: { birthday: m.birthday, gender: m.gender },
    terms: SAMPLE_TERMS[m.bioguideId]!.map((t) => ({
      type: m.chamber === 'Senate' ? 'sen' : 'rep',
      start: t.start,
      end: t.end,
      state: m.state,
      district: m.district,
      class: t.senateClass,
      party: PARTY[m.party],
      url: `https://${m.lastName.toLowerCase()}.example.org`,
    })),
  };
}

export function legislatorsYaml(): string {
  return yamlDocument(SAMPLE_MEMBERS.map(legislator));
}

export function committeesYaml(): string {
  return yamlDocument(
    SAMPLE_COMMITTEES.map((c) => ({
      type: c.chamber.toLowerCase(),
      name: c.name,
      url: `https://${c.thomasId.toLowerCase()}.example.org/`,
      thomas_id: c.thomasId,
      house_committee_id: c.chamber === 'House' ? c.thomasId.slice(2) : undefined,
      senate_committee_id: c.chamber === 'Senate' ? c.thomasId : undefined,
      subcommittees: c.subcommittees.length
        ? c.subcommittees.map((s) => ({ name: s.name.replace(/ Subcommittee$/, ''), thomas_id: s.thomasId }))
        : undefined,
      jurisdiction: `An invented committee of the samples (${c.name}).`,
    })),
  );
}
