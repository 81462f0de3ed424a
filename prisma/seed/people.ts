// The people of the founding case. Names, bioguide ids and House terms of sitting members are copied as plain
// literals from unitedstates/congress-legislators (legislators-current.yaml, CC0), so the seed needs no file at run
// time. Members absent from that file (they have left Congress) carry only what is certain: their full name and
// that they were Representatives in the 117th Congress, which their cosponsorship of H.Res. 240 shows.
//
// Mike Levin (L000593, California) is in that file but is not "Mr. Levin of Michigan" (Andy Levin): not copied.

export type HouseTerm = { state: string; district: string; party: string; startDate: string; endDate: string };

export type RepresentativeSeed = {
  name: string;
  givenName: string;
  familyName: string;
  /** Present when the member is in legislators-current.yaml. */
  bioguide?: string;
  /** The House term covering 2021, from the same file. */
  term?: HouseTerm;
};

const TERM_117 = { startDate: '2021-01-03', endDate: '2023-01-03' } as const;

export const krekorian = {
  name: 'Paul Krekorian',
  givenName: 'Paul',
  familyName: 'Krekorian',
  membership: { role: 'Councilmember', district: '2' },
} as const;

export const schiff: RepresentativeSeed = {
  name: 'Adam Schiff',
  givenName: 'Adam',
  familyName: 'Schiff',
  bioguide: 'S001150',
  term: { state: 'CA', district: '28', party: 'Democrat', ...TERM_117 },
};

/** The 30 original cosponsors of H.Res. 240, in the order of the introduced text. */
export const originalCosponsors: (RepresentativeSeed & { nameAsGiven: string })[] = [
  {
    name: 'Frank Pallone Jr.',
    givenName: 'Frank',
    familyName: 'Pallone',
    nameAsGiven: 'Mr. Pallone',
    bioguide: 'P000034',
    term: { state: 'NJ', district: '6', party: 'Democrat', ...TERM_117 },
  },
  { name: 'Jackie Speier', givenName: 'Jackie', familyName: 'Speier', nameAsGiven: 'Ms. Speier' },
  {
    name: 'Gus M. Bilirakis',
    givenName: 'Gus',
    familyName: 'Bilirakis',
    nameAsGiven: 'Mr. Bilirakis',
    bioguide: 'B001257',
    term: { state: 'FL', district: '12', party: 'Republican', ...TERM_117 },
  },
  {
    name: 'David G. Valadao',
    givenName: 'David',
    familyName: 'Valadao',
    nameAsGiven: 'Mr. Valadao',
    bioguide: 'V000129',
    term: { state: 'CA', district: '21', party: 'Republican', ...TERM_117 },
  },
  {
    name: 'Dina Titus',
    givenName: 'Dina',
    familyName: 'Titus',
    nameAsGiven: 'Ms. Titus',
    bioguide: 'T000468',
    term: { state: 'NV', district: '1', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Jim Costa',
    givenName: 'Jim',
    familyName: 'Costa',
    nameAsGiven: 'Mr. Costa',
    bioguide: 'C001059',
    term: { state: 'CA', district: '16', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Ro Khanna',
    givenName: 'Ro',
    familyName: 'Khanna',
    nameAsGiven: 'Mr. Khanna',
    bioguide: 'K000389',
    term: { state: 'CA', district: '17', party: 'Democrat', ...TERM_117 },
  },
  { name: 'David N. Cicilline', givenName: 'David', familyName: 'Cicilline', nameAsGiven: 'Mr. Cicilline' },
  { name: 'Grace F. Napolitano', givenName: 'Grace', familyName: 'Napolitano', nameAsGiven: 'Mrs. Napolitano' },
  {
    name: 'Judy Chu',
    givenName: 'Judy',
    familyName: 'Chu',
    nameAsGiven: 'Ms. Chu',
    bioguide: 'C001080',
    term: { state: 'CA', district: '27', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Brad Sherman',
    givenName: 'Brad',
    familyName: 'Sherman',
    nameAsGiven: 'Mr. Sherman',
    bioguide: 'S000344',
    term: { state: 'CA', district: '30', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Donald S. Beyer Jr.',
    givenName: 'Donald',
    familyName: 'Beyer',
    nameAsGiven: 'Mr. Beyer',
    bioguide: 'B001292',
    term: { state: 'VA', district: '8', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Mary Gay Scanlon',
    givenName: 'Mary',
    familyName: 'Scanlon',
    nameAsGiven: 'Ms. Scanlon',
    bioguide: 'S001205',
    term: { state: 'PA', district: '5', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Raja Krishnamoorthi',
    givenName: 'Raja',
    familyName: 'Krishnamoorthi',
    nameAsGiven: 'Mr. Krishnamoorthi',
    bioguide: 'K000391',
    term: { state: 'IL', district: '8', party: 'Democrat', ...TERM_117 },
  },
  { name: 'James R. Langevin', givenName: 'James', familyName: 'Langevin', nameAsGiven: 'Mr. Langevin' },
  {
    name: 'James P. McGovern',
    givenName: 'James',
    familyName: 'McGovern',
    nameAsGiven: 'Mr. McGovern',
    bioguide: 'M000312',
    term: { state: 'MA', district: '2', party: 'Democrat', ...TERM_117 },
  },
  { name: 'Katie Porter', givenName: 'Katie', familyName: 'Porter', nameAsGiven: 'Ms. Porter' },
  {
    name: 'Katherine M. Clark',
    givenName: 'Katherine',
    familyName: 'Clark',
    nameAsGiven: 'Ms. Clark of Massachusetts',
    bioguide: 'C001101',
    term: { state: 'MA', district: '5', party: 'Democrat', ...TERM_117 },
  },
  { name: 'Abigail Davis Spanberger', givenName: 'Abigail', familyName: 'Spanberger', nameAsGiven: 'Ms. Spanberger' },
  { name: 'Anna G. Eshoo', givenName: 'Anna', familyName: 'Eshoo', nameAsGiven: 'Ms. Eshoo' },
  { name: 'Albio Sires', givenName: 'Albio', familyName: 'Sires', nameAsGiven: 'Mr. Sires' },
  { name: 'Andy Levin', givenName: 'Andy', familyName: 'Levin', nameAsGiven: 'Mr. Levin of Michigan' },
  {
    name: 'Ted Lieu',
    givenName: 'Ted',
    familyName: 'Lieu',
    nameAsGiven: 'Mr. Lieu',
    bioguide: 'L000582',
    term: { state: 'CA', district: '33', party: 'Democrat', ...TERM_117 },
  },
  { name: 'Alan S. Lowenthal', givenName: 'Alan', familyName: 'Lowenthal', nameAsGiven: 'Mr. Lowenthal' },
  {
    name: 'Josh Gottheimer',
    givenName: 'Josh',
    familyName: 'Gottheimer',
    nameAsGiven: 'Mr. Gottheimer',
    bioguide: 'G000583',
    term: { state: 'NJ', district: '5', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Jake Auchincloss',
    givenName: 'Jake',
    familyName: 'Auchincloss',
    nameAsGiven: 'Mr. Auchincloss',
    bioguide: 'A000148',
    term: { state: 'MA', district: '4', party: 'Democrat', ...TERM_117 },
  },
  { name: 'Devin Nunes', givenName: 'Devin', familyName: 'Nunes', nameAsGiven: 'Mr. Nunes' },
  {
    name: 'Ilhan Omar',
    givenName: 'Ilhan',
    familyName: 'Omar',
    nameAsGiven: 'Ms. Omar',
    bioguide: 'O000173',
    term: { state: 'MN', district: '5', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Linda T. Sánchez',
    givenName: 'Linda',
    familyName: 'Sánchez',
    nameAsGiven: 'Ms. Sánchez',
    bioguide: 'S001156',
    term: { state: 'CA', district: '38', party: 'Democrat', ...TERM_117 },
  },
  {
    name: 'Thomas R. Suozzi',
    givenName: 'Thomas',
    familyName: 'Suozzi',
    nameAsGiven: 'Mr. Suozzi',
    bioguide: 'S001201',
    term: { state: 'NY', district: '3', party: 'Democrat', ...TERM_117 },
  },
];
