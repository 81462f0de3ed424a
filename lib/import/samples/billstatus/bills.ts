// The Bill Status samples: one small file for each status case, the same bill in both layouts, and an older
// version of that bill. `expected` is what importing the file on 2026-11-27 should give (the 117th and 118th
// Congresses have ended, the 119th has not); the status derivation's tests assert it.
import {
  ADA_SAMPLE,
  BEA_EXAMPLE,
  CAL_FIXTURE,
  DEE_SPECIMEN,
  ELI_PLACEHOLDER,
  FAY_DUMMY,
  GUS_MOCKUP,
  HOUSE_SAMPLE_AFFAIRS as HOUSE_CTE,
  SENATE_SAMPLE_STANDARDS as SENATE_CTE,
} from '../people';
import {
  becamePublicLaw,
  introducedInHouse,
  introducedInSenate,
  passedHouse,
  passedSenate,
  presented,
  receivedInHouse,
  receivedInSenate,
  referredInHouse,
  referredInSenate,
  referredToSubcommittee,
  reportedInHouse,
  signed,
  vetoed,
} from './timeline';
import type { BillSample, SampleAction } from './spec';

const summary = (date: string, text: string, actionDesc = 'Introduced in House') => ({
  versionCode: '00',
  date,
  actionDesc,
  text: `<p>${text}</p>`,
});
const introducedText = (date: string, chamber: 'House' | 'Senate' = 'House') => ({
  type: `Introduced in ${chamber}`,
  date,
  code: chamber === 'House' ? 'ih' : 'is',
});
const houseReferral = (date: string) => ({
  committee: HOUSE_CTE,
  activities: [{ name: 'Referred to', date: `${date}T15:00:00Z` }],
});

/** Introduced and referred, nothing after: pending while the 119th Congress runs. */
const referredPending: BillSample = {
  path: 'billstatus/BILLSTATUS-119hr9001.xml',
  layout: 'current',
  congress: 119,
  billType: 'HR',
  number: 9001,
  originChamber: 'House',
  introducedDate: '2025-03-03',
  createDate: '2025-03-04T08:00:00Z',
  updateDate: '2025-03-05T10:00:00Z',
  title: 'Sample Referred Bill Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Congressional tributes', 'Sample records'],
  sponsor: ADA_SAMPLE,
  cosponsors: [
    { member: ELI_PLACEHOLDER, date: '2025-03-03', original: true },
    { member: CAL_FIXTURE, date: '2025-04-01', original: false },
    { member: FAY_DUMMY, date: '2025-03-03', original: true, withdrawn: '2025-05-06' },
  ],
  committees: [houseReferral('2025-03-03')],
  actions: [...introducedInHouse('2025-03-03'), ...referredInHouse('2025-03-03', HOUSE_CTE)],
  laws: [],
  relatedBills: [],
  summaries: [summary('2025-03-03', 'This sample bill is referred to a committee and goes no further.')],
  textVersions: [introducedText('2025-03-03')],
  expected: {
    identifier: 'H.R. 9001',
    stage: 'referred',
    outcome: 'pending',
    why: 'introduced and referred only, in the 119th Congress, which runs until 2027-01-03 (expired when imported after that)',
  },
};

/** The same steps in a Congress that has ended: expired. Same sponsor as H.R. 9001 (a member of two Congresses). */
const referredExpired: BillSample = {
  path: 'billstatus/BILLSTATUS-117hr9002.xml',
  layout: 'legacy',
  congress: 117,
  billType: 'HR',
  number: 9002,
  originChamber: 'House',
  introducedDate: '2021-04-05',
  createDate: '2021-04-06T08:00:00Z',
  updateDate: '2022-12-31T10:00:00Z',
  title: 'Sample Expired Bill Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: ADA_SAMPLE,
  cosponsors: [{ member: ELI_PLACEHOLDER, date: '2021-04-05', original: true }],
  committees: [houseReferral('2021-04-05')],
  actions: [...introducedInHouse('2021-04-05'), ...referredInHouse('2021-04-05', HOUSE_CTE)],
  laws: [],
  relatedBills: [],
  summaries: [summary('2021-04-05', 'This sample bill is referred to a committee and its Congress ends.')],
  textVersions: [introducedText('2021-04-05')],
  expected: {
    identifier: 'H.R. 9002',
    stage: 'referred',
    outcome: 'expired',
    why: 'referred only, and the 117th Congress ended on 2023-01-03',
  },
};

/** A simple resolution agreed to by the House alone; its sponsor holds Wyoming's at-large seat. */
const simpleResolution: BillSample = {
  path: 'billstatus/BILLSTATUS-118hres9003.xml',
  layout: 'legacy',
  congress: 118,
  billType: 'HRES',
  number: 9003,
  originChamber: 'House',
  introducedDate: '2023-05-01',
  createDate: '2023-05-02T08:00:00Z',
  updateDate: '2023-06-20T10:00:00Z',
  title: 'Expressing support for the designation of Sample Data Day (a sample, not a real resolution).',
  policyArea: 'Commemorations',
  subjects: ['Commemorative events and holidays', 'Sample records'],
  sponsor: CAL_FIXTURE,
  cosponsors: [
    { member: ADA_SAMPLE, date: '2023-05-01', original: true },
    { member: ELI_PLACEHOLDER, date: '2023-05-01', original: true },
  ],
  committees: [
    {
      committee: HOUSE_CTE,
      activities: [
        { name: 'Referred to', date: '2023-05-01T15:00:00Z' },
        { name: 'Reported by', date: '2023-06-01T15:00:00Z' },
      ],
    },
  ],
  actions: [
    ...introducedInHouse('2023-05-01'),
    ...referredInHouse('2023-05-01', HOUSE_CTE),
    ...reportedInHouse('2023-06-01', HOUSE_CTE, '118-901'),
    ...passedHouse('2023-06-15', 'On agreeing to the resolution Agreed to by voice vote.'),
  ],
  laws: [],
  relatedBills: [],
  summaries: [summary('2023-05-01', 'This sample resolution supports a day that does not exist.')],
  textVersions: [introducedText('2023-05-01')],
  expected: {
    identifier: 'H.Res. 9003',
    stage: 'passed_origin',
    outcome: 'adopted',
    why: 'a simple resolution is done once its one chamber agrees to it',
  },
};

/** A concurrent resolution agreed to in the Senate, then in the House. */
const concurrentResolution: BillSample = {
  path: 'billstatus/BILLSTATUS-118sconres9004.xml',
  layout: 'current',
  congress: 118,
  billType: 'SCONRES',
  number: 9004,
  originChamber: 'Senate',
  introducedDate: '2023-09-12',
  createDate: '2023-09-13T08:00:00Z',
  updateDate: '2023-10-30T10:00:00Z',
  title:
    'A concurrent resolution recognizing the sample files of the Resolution Tracker project (a sample, not a real resolution).',
  policyArea: 'Congress',
  subjects: ['Congressional operations and organization', 'Sample records'],
  sponsor: BEA_EXAMPLE,
  cosponsors: [
    { member: DEE_SPECIMEN, date: '2023-09-12', original: true },
    { member: GUS_MOCKUP, date: '2023-09-20', original: false },
  ],
  committees: [
    {
      committee: SENATE_CTE,
      activities: [
        { name: 'Referred to', date: '2023-09-12T18:00:00Z' },
        { name: 'Discharged from', date: '2023-10-03T18:00:00Z' },
      ],
    },
  ],
  actions: [
    ...introducedInSenate('2023-09-12'),
    ...referredInSenate('2023-09-12', SENATE_CTE),
    {
      date: '2023-10-03',
      text: 'Senate Committee on Sample Standards discharged by Unanimous Consent.',
      source: 'senate',
      type: 'Discharge',
      committee: { systemCode: SENATE_CTE.systemCode, name: SENATE_CTE.billStatusName },
    },
    {
      date: '2023-10-03',
      text: 'Senate Committee on Sample Standards discharged by Unanimous Consent.',
      source: 'loc',
      code: '14500',
      type: 'Discharge',
      committee: { systemCode: SENATE_CTE.systemCode, name: SENATE_CTE.billStatusName },
    },
    ...passedSenate('2023-10-03', 'Resolution agreed to in Senate without amendment by Unanimous Consent.'),
    ...receivedInHouse('2023-10-04'),
    ...passedHouse('2023-10-24', 'On motion to suspend the rules and agree to the resolution Agreed to by voice vote.'),
  ],
  laws: [],
  relatedBills: [],
  summaries: [
    summary('2023-09-12', 'This sample concurrent resolution recognizes sample files.', 'Introduced in Senate'),
  ],
  textVersions: [introducedText('2023-09-12', 'Senate')],
  expected: {
    identifier: 'S.Con.Res. 9004',
    stage: 'passed_all',
    outcome: 'adopted',
    why: 'agreed to in both chambers; a concurrent resolution goes to no President',
  },
};

/** Signed and law; its related bill's latestAction names ANOTHER public law, and in this (older) layout the bill's own
 * <latestAction> comes before <relatedBills>: a reader that takes the last "Became Public Law" of the file is wrong. */
const signedIntoLaw: BillSample = {
  path: 'billstatus/BILLSTATUS-117hr9005.xml',
  layout: 'legacy',
  congress: 117,
  billType: 'HR',
  number: 9005,
  originChamber: 'House',
  introducedDate: '2021-02-01',
  createDate: '2021-02-02T08:00:00Z',
  updateDate: '2021-08-02T10:00:00Z',
  title: 'Sample Enacted Law Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records', 'Government information and archives'],
  sponsor: ELI_PLACEHOLDER,
  cosponsors: [{ member: ADA_SAMPLE, date: '2021-02-01', original: true }],
  committees: [
    {
      committee: HOUSE_CTE,
      activities: [
        { name: 'Referred to', date: '2021-02-01T15:00:00Z' },
        { name: 'Reported by', date: '2021-03-10T15:00:00Z' },
      ],
    },
  ],
  actions: [
    ...introducedInHouse('2021-02-01'),
    ...referredInHouse('2021-02-01', HOUSE_CTE),
    ...reportedInHouse('2021-03-10', HOUSE_CTE, '117-901'),
    ...passedHouse('2021-04-20', 'On motion to suspend the rules and pass the bill Agreed to by voice vote.'),
    ...receivedInSenate('2021-04-21'),
    ...passedSenate('2021-07-01', 'Passed Senate without amendment by Unanimous Consent.'),
    { date: '2021-07-02', text: 'Message on Senate action sent to the House.', source: 'senate', type: 'Floor' },
    ...presented('2021-07-20'),
    ...signed('2021-07-30'),
    ...becamePublicLaw('2021-07-30', '117-901'),
  ],
  laws: [{ type: 'Public Law', number: '117-901' }],
  relatedBills: [
    {
      congress: 117,
      type: 'S',
      number: 9905,
      title: 'Another Sample Enacted Law Act',
      relationship: 'Related bill',
      latestAction: { date: '2021-09-15', text: 'Became Public Law No: 117-902.' },
    },
  ],
  summaries: [summary('2021-02-01', 'This sample bill becomes a public law that does not exist.')],
  textVersions: [introducedText('2021-02-01')],
  expected: {
    identifier: 'H.R. 9005',
    stage: 'enacted',
    outcome: 'became_law',
    lawNumber: '117-901',
    lawType: 'Public Law',
    why: "signed by the President; <laws> gives 117-901 (the related bill's latestAction names 117-902, which is not this bill's law)",
  },
};

const vetoMessageReferred: SampleAction[] = [
  {
    date: '2024-02-06',
    text: 'The Chair laid before the House the veto message from the President.',
    source: 'houseFloor',
    code: 'H40300',
    type: 'Veto',
  },
  {
    date: '2024-02-06',
    text: 'On passage, the objections of the President to the contrary notwithstanding Failed by the Yeas and Nays: (2/3 required): 241 - 186 (Roll no. 59).',
    source: 'houseFloor',
    code: 'H37100',
    type: 'Veto',
  },
  {
    date: '2024-02-06',
    text: `Motion to refer the bill and the accompanying veto message to the ${HOUSE_CTE.name.replace(/^House /, '')} Agreed to without objection.`,
    source: 'houseFloor',
    code: 'H43210',
    type: 'Veto',
  },
];

/** Vetoed; the veto is coded E30000 (GPO's code for a signature), then the override fails in the House and the veto
 * message goes to committee: a reader that trusts the code sees "signed", one that reads "Agreed to" sees a passage. */
const vetoedBill: BillSample = {
  path: 'billstatus/BILLSTATUS-118hr9006.xml',
  layout: 'current',
  congress: 118,
  billType: 'HR',
  number: 9006,
  originChamber: 'House',
  introducedDate: '2023-03-01',
  createDate: '2023-03-02T08:00:00Z',
  updateDate: '2024-02-08T10:00:00Z',
  title: 'Sample Vetoed Bill Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: FAY_DUMMY,
  cosponsors: [{ member: CAL_FIXTURE, date: '2023-03-01', original: true }],
  committees: [
    {
      committee: HOUSE_CTE,
      activities: [
        { name: 'Referred to', date: '2023-03-01T15:00:00Z' },
        { name: 'Reported by', date: '2023-06-01T15:00:00Z' },
      ],
    },
  ],
  actions: [
    ...introducedInHouse('2023-03-01'),
    ...referredInHouse('2023-03-01', HOUSE_CTE),
    ...reportedInHouse('2023-06-01', HOUSE_CTE, '118-906'),
    ...passedHouse('2023-07-12', 'On passage Passed by the Yeas and Nays: 221 - 204 (Roll no. 901).'),
    ...receivedInSenate('2023-07-13'),
    ...passedSenate('2024-01-10', 'Passed Senate without amendment by Yea-Nay Vote. 51 - 49. Record Vote Number: 901.'),
    { date: '2024-01-11', text: 'Message on Senate action sent to the House.', source: 'senate', type: 'Floor' },
    ...presented('2024-01-22'),
    ...vetoed('2024-02-01'),
    ...vetoMessageReferred,
  ],
  laws: [],
  relatedBills: [],
  summaries: [summary('2023-03-01', 'This sample bill is vetoed and the veto stands.')],
  textVersions: [introducedText('2023-03-01'), { type: 'Enrolled Bill', date: '2024-01-22', code: 'enr' }],
  expected: {
    identifier: 'H.R. 9006',
    stage: 'sent_to_executive',
    outcome: 'vetoed',
    why: '"Vetoed by President." (coded E30000, as a signature, and 31000); the House fails to override (2/3 required) and refers the veto message to committee',
  },
};

/** Vetoed, then passed over the veto by the Senate and the House: law. Its related bill names another public law. */
const vetoOverridden: BillSample = {
  path: 'billstatus/BILLSTATUS-118s9007.xml',
  layout: 'current',
  congress: 118,
  billType: 'S',
  number: 9007,
  originChamber: 'Senate',
  introducedDate: '2023-04-04',
  createDate: '2023-04-05T08:00:00Z',
  updateDate: '2024-03-20T10:00:00Z',
  title: 'Sample Override Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: DEE_SPECIMEN,
  cosponsors: [
    { member: BEA_EXAMPLE, date: '2023-04-04', original: true },
    { member: GUS_MOCKUP, date: '2023-04-04', original: true },
  ],
  committees: [
    {
      committee: SENATE_CTE,
      activities: [
        { name: 'Referred to', date: '2023-04-04T18:00:00Z' },
        { name: 'Reported by', date: '2023-05-16T18:00:00Z' },
      ],
      subcommittees: [
        {
          systemCode: SENATE_CTE.subcommittees[0]!.systemCode,
          name: SENATE_CTE.subcommittees[0]!.name,
          activities: [{ name: 'Hearings by', date: '2023-04-25T18:00:00Z' }],
        },
      ],
    },
  ],
  actions: [
    ...introducedInSenate('2023-04-04'),
    ...referredInSenate('2023-04-04', SENATE_CTE),
    {
      date: '2023-04-25',
      text: 'Subcommittee on Placeholders. Hearings held.',
      source: 'senate',
      type: 'Committee',
      committee: { systemCode: SENATE_CTE.subcommittees[0]!.systemCode, name: SENATE_CTE.subcommittees[0]!.name },
    },
    {
      date: '2023-05-16',
      text: 'Committee on Sample Standards. Reported by Senator Specimen without amendment. Without written report.',
      source: 'senate',
      type: 'Committee',
      committee: { systemCode: SENATE_CTE.systemCode, name: SENATE_CTE.billStatusName },
    },
    {
      date: '2023-05-16',
      text: 'Committee on Sample Standards. Reported by Senator Specimen without amendment. Without written report.',
      source: 'loc',
      code: '14000',
      type: 'Committee',
      committee: { systemCode: SENATE_CTE.systemCode, name: SENATE_CTE.billStatusName },
    },
    ...passedSenate('2023-06-07', 'Passed Senate without amendment by Yea-Nay Vote. 70 - 30. Record Vote Number: 907.'),
    ...receivedInHouse('2023-06-08'),
    ...passedHouse(
      '2023-11-02',
      'On motion to suspend the rules and pass the bill Agreed to by the Yeas and Nays: (2/3 required): 300 - 120 (Roll no. 907).',
    ),
    ...presented('2023-11-14'),
    ...vetoed('2023-11-24'),
    {
      date: '2023-12-05',
      text: 'Veto message received in Senate. Ordered held at the desk.',
      source: 'senate',
      type: 'Veto',
    },
    {
      date: '2024-01-17',
      text: 'Passed Senate over veto by Yea-Nay Vote. 97 - 1. Record Vote Number: 917.',
      source: 'senate',
      type: 'Veto',
    },
    { date: '2024-01-18', text: 'Message on Senate action sent to the House.', source: 'senate', type: 'Floor' },
    {
      date: '2024-01-30',
      text: 'The Chair laid before the House the veto message from the President.',
      source: 'houseFloor',
      code: 'H40300',
      type: 'Veto',
    },
    {
      date: '2024-01-30',
      text: 'Two-thirds of the Members present having voted in the affirmative the bill is passed, the objections of the President to the contrary notwithstanding.',
      source: 'houseFloor',
      code: 'H37100',
      type: 'Veto',
    },
    ...becamePublicLaw('2024-02-01', '118-903'),
  ],
  laws: [{ type: 'Public Law', number: '118-903' }],
  relatedBills: [
    {
      congress: 118,
      type: 'HR',
      number: 9907,
      title: 'Sample Override Act (House)',
      relationship: 'Identical bill',
      latestAction: { date: '2024-02-15', text: 'Became Public Law No: 118-905.' },
    },
  ],
  summaries: [
    summary(
      '2023-04-04',
      'This sample bill is vetoed, and both chambers pass it over the veto.',
      'Introduced in Senate',
    ),
  ],
  textVersions: [introducedText('2023-04-04', 'Senate'), { type: 'Enrolled Bill', date: '2023-11-14', code: 'enr' }],
  expected: {
    identifier: 'S. 9007',
    stage: 'enacted',
    outcome: 'veto_overridden',
    lawNumber: '118-903',
    lawType: 'Public Law',
    why: 'vetoed, then passed over the veto in the Senate (97 - 1) and the House (two-thirds), and "Became Public Law No: 118-903"; the related bill names 118-905',
  },
};

/** Pocket vetoed: the President did not sign and Congress had adjourned. */
const pocketVetoed: BillSample = {
  path: 'billstatus/BILLSTATUS-117hr9008.xml',
  layout: 'legacy',
  congress: 117,
  billType: 'HR',
  number: 9008,
  originChamber: 'House',
  introducedDate: '2022-01-11',
  createDate: '2022-01-12T08:00:00Z',
  updateDate: '2022-12-30T10:00:00Z',
  title: 'Sample Pocket Veto Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: ELI_PLACEHOLDER,
  cosponsors: [],
  committees: [houseReferral('2022-01-11')],
  actions: [
    ...introducedInHouse('2022-01-11'),
    ...referredInHouse('2022-01-11', HOUSE_CTE),
    ...passedHouse('2022-09-20', 'On motion to suspend the rules and pass the bill Agreed to by voice vote.'),
    ...receivedInSenate('2022-09-21'),
    ...passedSenate('2022-12-15', 'Passed Senate without amendment by Unanimous Consent.'),
    ...presented('2022-12-19'),
    ...vetoed('2022-12-29', true),
  ],
  laws: [],
  relatedBills: [],
  summaries: [summary('2022-01-11', 'This sample bill is pocket vetoed.')],
  textVersions: [],
  expected: {
    identifier: 'H.R. 9008',
    stage: 'sent_to_executive',
    outcome: 'pocket_vetoed',
    why: '"Pocket Vetoed by President." (coded E30000 and 31000, as the veto is)',
  },
};

/** Law without the President's signature (ten days, Sundays excepted, with Congress in session). */
const lawWithoutSignature: BillSample = {
  path: 'billstatus/BILLSTATUS-118hr9009.xml',
  layout: 'legacy',
  congress: 118,
  billType: 'HR',
  number: 9009,
  originChamber: 'House',
  introducedDate: '2023-02-14',
  createDate: '2023-02-15T08:00:00Z',
  updateDate: '2023-09-05T10:00:00Z',
  title: 'Sample Unsigned Law Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: CAL_FIXTURE,
  cosponsors: [{ member: FAY_DUMMY, date: '2023-02-14', original: true }],
  committees: [houseReferral('2023-02-14')],
  actions: [
    ...introducedInHouse('2023-02-14'),
    ...referredInHouse('2023-02-14', HOUSE_CTE),
    ...passedHouse('2023-05-09', 'On motion to suspend the rules and pass the bill Agreed to by voice vote.'),
    ...receivedInSenate('2023-05-10'),
    ...passedSenate('2023-08-01', 'Passed Senate without amendment by Unanimous Consent.'),
    ...presented('2023-08-15'),
    {
      date: '2023-08-28',
      text: 'Became Public Law without signature.',
      source: 'houseFloor',
      code: 'E40000',
      type: 'President',
    },
    { date: '2023-08-28', text: 'Became Public Law No: 118-904.', source: 'loc', code: '36000', type: 'BecameLaw' },
  ],
  laws: [{ type: 'Public Law', number: '118-904' }],
  relatedBills: [],
  summaries: [summary('2023-02-14', 'This sample bill becomes law without a signature.')],
  textVersions: [],
  expected: {
    identifier: 'H.R. 9009',
    stage: 'enacted',
    outcome: 'became_law',
    lawNumber: '118-904',
    lawType: 'Public Law',
    why: '"Became Public Law without signature." and "Became Public Law No: 118-904." with <laws>',
  },
};

/** Fails on the House floor. */
const failedInHouse: BillSample = {
  path: 'billstatus/BILLSTATUS-117hr9010.xml',
  layout: 'current',
  congress: 117,
  billType: 'HR',
  number: 9010,
  originChamber: 'House',
  introducedDate: '2021-06-01',
  createDate: '2021-06-02T08:00:00Z',
  updateDate: '2021-09-23T10:00:00Z',
  title: 'Sample Failed Bill Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records'],
  sponsor: FAY_DUMMY,
  cosponsors: [{ member: CAL_FIXTURE, date: '2021-06-01', original: true }],
  committees: [
    {
      committee: HOUSE_CTE,
      activities: [
        { name: 'Referred to', date: '2021-06-01T15:00:00Z' },
        { name: 'Reported by', date: '2021-07-14T15:00:00Z' },
      ],
    },
  ],
  actions: [
    ...introducedInHouse('2021-06-01'),
    ...referredInHouse('2021-06-01', HOUSE_CTE),
    ...reportedInHouse('2021-07-14', HOUSE_CTE, '117-910'),
    {
      date: '2021-09-22',
      text: 'Rule H. Res. 9910 passed House.',
      source: 'houseFloor',
      code: 'H1L220',
      type: 'Floor',
    },
    {
      date: '2021-09-22',
      text: 'Considered under the provisions of rule H. Res. 9910.',
      source: 'houseFloor',
      code: 'H30000',
      type: 'Floor',
    },
    {
      date: '2021-09-22',
      text: 'On passage Failed by the Yeas and Nays: 180 - 240 (Roll no. 910).',
      source: 'houseFloor',
      code: 'H37100',
      type: 'Floor',
    },
  ],
  laws: [],
  relatedBills: [],
  summaries: [summary('2021-06-01', 'This sample bill fails on the House floor.')],
  textVersions: [introducedText('2021-06-01'), { type: 'Reported in House', date: '2021-07-14', code: 'rh' }],
  expected: {
    identifier: 'H.R. 9010',
    stage: 'scheduled',
    outcome: 'failed',
    why: '"On passage Failed by the Yeas and Nays: 180 - 240"',
  },
};

/** A private law: <laws> says "Private Law". */
const privateLaw: BillSample = {
  path: 'billstatus/BILLSTATUS-117hr9012.xml',
  layout: 'current',
  congress: 117,
  billType: 'HR',
  number: 9012,
  originChamber: 'House',
  introducedDate: '2021-03-15',
  createDate: '2021-03-16T08:00:00Z',
  updateDate: '2022-06-10T10:00:00Z',
  title: 'For the relief of Sample Person (a sample, not real legislation).',
  policyArea: 'Private Legislation',
  subjects: ['Sample records'],
  sponsor: ADA_SAMPLE,
  cosponsors: [],
  committees: [houseReferral('2021-03-15')],
  actions: [
    ...introducedInHouse('2021-03-15'),
    ...referredInHouse('2021-03-15', HOUSE_CTE),
    ...passedHouse('2022-02-08', 'On motion to suspend the rules and pass the bill Agreed to by voice vote.'),
    ...receivedInSenate('2022-02-09'),
    ...passedSenate('2022-05-12', 'Passed Senate without amendment by Unanimous Consent.'),
    ...presented('2022-05-24'),
    ...signed('2022-06-03'),
    ...becamePublicLaw('2022-06-03', '117-909', 'Private'),
  ],
  laws: [{ type: 'Private Law', number: '117-909' }],
  relatedBills: [],
  summaries: [summary('2021-03-15', 'This sample private bill grants relief to a person who does not exist.')],
  textVersions: [introducedText('2021-03-15')],
  expected: {
    identifier: 'H.R. 9012',
    stage: 'enacted',
    outcome: 'became_law',
    lawNumber: '117-909',
    lawType: 'Private Law',
    why: 'signed, "Became Private Law No: 117-909." and <laws> with type Private Law',
  },
};

/** One bill, written in both layouts with the same <updateDate>: both files must import to one identical record. */
const bothLayouts: Omit<BillSample, 'path' | 'layout'> = {
  congress: 118,
  billType: 'HR',
  number: 9011,
  originChamber: 'House',
  introducedDate: '2023-07-10',
  createDate: '2023-07-11T08:00:00Z',
  updateDate: '2023-09-14T10:00:00Z',
  title: 'Sample Two Layouts Act (a sample, not real legislation)',
  policyArea: 'Government Operations and Politics',
  subjects: ['Sample records', 'Government information and archives'],
  sponsor: ELI_PLACEHOLDER,
  cosponsors: [
    { member: ADA_SAMPLE, date: '2023-07-10', original: true },
    { member: FAY_DUMMY, date: '2023-08-01', original: false, withdrawn: '2023-09-01' },
  ],
  committees: [
    {
      committee: HOUSE_CTE,
      activities: [{ name: 'Referred to', date: '2023-07-10T15:00:00Z' }],
      subcommittees: [
        {
          systemCode: HOUSE_CTE.subcommittees[0]!.systemCode,
          name: HOUSE_CTE.subcommittees[0]!.name,
          activities: [{ name: 'Referred to', date: '2023-09-13T15:00:00Z' }],
        },
      ],
    },
  ],
  actions: [
    ...introducedInHouse('2023-07-10'),
    ...referredInHouse('2023-07-10', HOUSE_CTE),
    ...referredToSubcommittee('2023-09-13', HOUSE_CTE),
  ],
  laws: [],
  relatedBills: [
    {
      congress: 118,
      type: 'HR',
      number: 9006,
      title: 'Sample Vetoed Bill Act',
      relationship: 'Related bill',
      latestAction: {
        date: '2024-02-06',
        text: 'Motion to refer the bill and the accompanying veto message to the Committee on Sample Affairs Agreed to without objection.',
      },
    },
  ],
  summaries: [summary('2023-07-10', 'This sample bill is written in both Bill Status layouts.')],
  textVersions: [introducedText('2023-07-10')],
  expected: {
    identifier: 'H.R. 9011',
    stage: 'in_committee',
    outcome: 'expired',
    why: 'referred, then to a subcommittee (work inside committee); the 118th Congress ended on 2025-01-03',
  },
};

/** The same bill as the layouts pair, as it was earlier: an earlier <updateDate> and one action fewer. Imported
 * after either of them, it must not overwrite the newer record. */
const olderVersion: BillSample = {
  ...bothLayouts,
  path: 'billstatus-versions/older/BILLSTATUS-118hr9011.xml',
  layout: 'current',
  updateDate: '2023-07-12T10:00:00Z',
  committees: [houseReferral('2023-07-10')],
  actions: [...introducedInHouse('2023-07-10'), ...referredInHouse('2023-07-10', HOUSE_CTE)],
  cosponsors: [bothLayouts.cosponsors[0]!],
  expected: {
    identifier: 'H.R. 9011',
    stage: 'referred',
    outcome: 'expired',
    why: 'imported alone: referred only, 118th Congress ended. Imported after billstatus-layouts/*/BILLSTATUS-118hr9011.xml (updated 2023-09-14): unchanged, the newer record stays',
  },
};

export const STATUS_SAMPLES: BillSample[] = [
  referredPending,
  referredExpired,
  simpleResolution,
  concurrentResolution,
  signedIntoLaw,
  vetoedBill,
  vetoOverridden,
  pocketVetoed,
  lawWithoutSignature,
  failedInHouse,
  privateLaw,
];

export const LAYOUT_SAMPLES: BillSample[] = [
  { ...bothLayouts, path: 'billstatus-layouts/legacy/BILLSTATUS-118hr9011.xml', layout: 'legacy' },
  { ...bothLayouts, path: 'billstatus-layouts/current/BILLSTATUS-118hr9011.xml', layout: 'current' },
];

export const OLDER_VERSION_SAMPLE = olderVersion;

export const BILL_SAMPLES: BillSample[] = [...STATUS_SAMPLES, ...LAYOUT_SAMPLES, OLDER_VERSION_SAMPLE];
