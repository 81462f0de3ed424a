// The invented people and committees of the samples, shared by every format (Bill Status, congress-legislators,
// Open Civic Data, council CSV) so that files of different formats name the same person. Every name is visibly
// made up (Sample, Fixture, Example...), bioguide ids use the unused 999xxx range, and bill numbers are in the
// 9000s; the state codes are real ones, because the importers check them.

export type SampleMember = {
  bioguideId: string;
  firstName: string;
  lastName: string;
  middleName?: string;
  party: 'D' | 'R' | 'I';
  state: string;
  /** House members: their district, 0 for an at-large seat. Senators: none. */
  district?: number;
  chamber: 'House' | 'Senate';
  /** Other ids congress-legislators gives. */
  thomas: string;
  govtrack: number;
  birthday: string;
  gender: 'F' | 'M';
};

const member = (m: SampleMember) => m;

/** Represents Oregon's 3rd district in the 117th and 119th Congresses: two terms, two Congresses' files. */
export const ADA_SAMPLE = member({
  bioguideId: 'S999001',
  firstName: 'Ada',
  lastName: 'Sample',
  party: 'D',
  state: 'OR',
  district: 3,
  chamber: 'House',
  thomas: '99001',
  govtrack: 999001,
  birthday: '1970-01-01',
  gender: 'F',
});
/** Wyoming's at-large Representative: "[R-WY-At Large]" in Bill Status, district 0 in congress-legislators. */
export const CAL_FIXTURE = member({
  bioguideId: 'F999002',
  firstName: 'Cal',
  lastName: 'Fixture',
  middleName: 'Q.',
  party: 'R',
  state: 'WY',
  district: 0,
  chamber: 'House',
  thomas: '99002',
  govtrack: 999002,
  birthday: '1971-02-02',
  gender: 'M',
});
export const BEA_EXAMPLE = member({
  bioguideId: 'E999003',
  firstName: 'Bea',
  lastName: 'Example',
  party: 'R',
  state: 'ME',
  chamber: 'Senate',
  thomas: '99003',
  govtrack: 999003,
  birthday: '1962-03-03',
  gender: 'F',
});
export const DEE_SPECIMEN = member({
  bioguideId: 'S999004',
  firstName: 'Dee',
  lastName: 'Specimen',
  party: 'I',
  state: 'VT',
  chamber: 'Senate',
  thomas: '99004',
  govtrack: 999004,
  birthday: '1958-04-04',
  gender: 'F',
});
export const ELI_PLACEHOLDER = member({
  bioguideId: 'P999005',
  firstName: 'Eli',
  lastName: 'Placeholder',
  party: 'D',
  state: 'NM',
  district: 2,
  chamber: 'House',
  thomas: '99005',
  govtrack: 999005,
  birthday: '1980-05-05',
  gender: 'M',
});
/** Withdraws a cosponsorship in one sample. */
export const FAY_DUMMY = member({
  bioguideId: 'D999006',
  firstName: 'Fay',
  lastName: 'Dummy',
  party: 'R',
  state: 'TX',
  district: 7,
  chamber: 'House',
  thomas: '99006',
  govtrack: 999006,
  birthday: '1975-06-06',
  gender: 'F',
});
export const GUS_MOCKUP = member({
  bioguideId: 'M999007',
  firstName: 'Gus',
  lastName: 'Mockup',
  party: 'D',
  state: 'AZ',
  chamber: 'Senate',
  thomas: '99007',
  govtrack: 999007,
  birthday: '1966-07-07',
  gender: 'M',
});

export const SAMPLE_MEMBERS = [
  ADA_SAMPLE,
  CAL_FIXTURE,
  BEA_EXAMPLE,
  DEE_SPECIMEN,
  ELI_PLACEHOLDER,
  FAY_DUMMY,
  GUS_MOCKUP,
];

/** "Rep. Fixture, Cal Q. [R-WY-At Large]", as Congress.gov writes a member. */
export function fullName(m: SampleMember): string {
  const title = m.chamber === 'Senate' ? 'Sen.' : 'Rep.';
  const seat = m.chamber === 'Senate' ? m.state : `${m.state}-${m.district === 0 ? 'At Large' : m.district}`;
  return `${title} ${m.lastName}, ${[m.firstName, m.middleName].filter(Boolean).join(' ')} [${m.party}-${seat}]`;
}

export type SampleSubcommittee = { systemCode: string; thomasId: string; name: string };
export type SampleCommittee = {
  /** Bill Status <systemCode>: chamber letter, "s" for standing, the committee's letters, "00". */
  systemCode: string;
  thomasId: string;
  /** As Bill Status names it ("Ways and Means Committee")... */
  billStatusName: string;
  /** ...and as congress-legislators does ("House Committee on Ways and Means"). */
  name: string;
  chamber: 'House' | 'Senate' | 'Joint';
  subcommittees: SampleSubcommittee[];
};

export const HOUSE_SAMPLE_AFFAIRS: SampleCommittee = {
  systemCode: 'hszz00',
  thomasId: 'HSZZ',
  billStatusName: 'Sample Affairs Committee',
  name: 'House Committee on Sample Affairs',
  chamber: 'House',
  subcommittees: [{ systemCode: 'hszz91', thomasId: '91', name: 'Examples and Illustrations Subcommittee' }],
};
export const SENATE_SAMPLE_STANDARDS: SampleCommittee = {
  systemCode: 'sszz00',
  thomasId: 'SSZZ',
  billStatusName: 'Sample Standards Committee',
  name: 'Senate Committee on Sample Standards',
  chamber: 'Senate',
  subcommittees: [{ systemCode: 'sszz92', thomasId: '92', name: 'Placeholders Subcommittee' }],
};
export const JOINT_SAMPLES: SampleCommittee = {
  systemCode: 'jszz00',
  thomasId: 'JSZZ',
  billStatusName: 'Joint Sample Committee',
  name: 'Joint Committee on Samples',
  chamber: 'Joint',
  subcommittees: [],
};

export const SAMPLE_COMMITTEES = [HOUSE_SAMPLE_AFFAIRS, SENATE_SAMPLE_STANDARDS, JOINT_SAMPLES];
