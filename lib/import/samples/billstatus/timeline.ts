// Building blocks for the samples' timelines: the actions Congress.gov writes for each step, with the codes and
// source systems the real files use for them (see USER-GUIDE.md of the Bill Status bulk data, table 3).
import type { SampleCommittee } from '../people';
import type { SampleAction } from './spec';

const ref = (c: SampleCommittee) => ({ systemCode: c.systemCode, name: c.billStatusName });

export const introducedInHouse = (date: string): SampleAction[] => [
  { date, text: 'Introduced in House', source: 'loc', code: 'Intro-H', type: 'IntroReferral' },
  { date, text: 'Introduced in House', source: 'loc', code: '1000', type: 'IntroReferral' },
];

export const introducedInSenate = (date: string): SampleAction[] => [
  { date, text: 'Introduced in Senate', source: 'loc', code: '10000', type: 'IntroReferral' },
];

export const referredInHouse = (date: string, c: SampleCommittee): SampleAction[] => [
  {
    date,
    text: `Referred to the ${c.name}.`,
    source: 'houseFloor',
    code: 'H11100',
    type: 'IntroReferral',
    committee: ref(c),
  },
];

export const referredToSubcommittee = (date: string, c: SampleCommittee): SampleAction[] => [
  {
    date,
    text: `Referred to the Subcommittee on ${c.subcommittees[0]!.name.replace(/ Subcommittee$/, '')}.`,
    source: 'houseCommittee',
    code: 'H11200',
    type: 'Committee',
    committee: { systemCode: c.subcommittees[0]!.systemCode, name: c.subcommittees[0]!.name },
  },
];

export const referredInSenate = (date: string, c: SampleCommittee): SampleAction[] => [
  {
    date,
    text: `Read twice and referred to the ${c.name.replace(/^Senate /, '')}.`,
    source: 'senate',
    type: 'IntroReferral',
    committee: ref(c),
  },
];

export const reportedInHouse = (date: string, c: SampleCommittee, report: string): SampleAction[] => [
  {
    date,
    text: `Reported by the ${c.name.replace(/^House /, '')}. H. Rept. ${report}.`,
    source: 'houseFloor',
    code: 'H12200',
    type: 'Committee',
    committee: ref(c),
  },
  {
    date,
    text: `Reported by the ${c.name.replace(/^House /, '')}. H. Rept. ${report}.`,
    source: 'loc',
    code: '5000',
    type: 'Committee',
    committee: ref(c),
  },
  {
    date,
    text: `Placed on the Union Calendar, Calendar No. ${report.split('-')[1]}.`,
    source: 'houseFloor',
    code: 'H12410',
    type: 'Calendars',
  },
];

export const passedHouse = (date: string, how: string): SampleAction[] => [
  { date, text: how, source: 'houseFloor', code: 'H37300', type: 'Floor' },
  { date, text: `Passed/agreed to in House: ${how}`, source: 'loc', code: '8000', type: 'Floor' },
  {
    date,
    text: 'Motion to reconsider laid on the table Agreed to without objection.',
    source: 'houseFloor',
    code: 'H38310',
    type: 'Floor',
  },
];

export const passedSenate = (date: string, how: string): SampleAction[] => [
  { date, text: how, source: 'senate', type: 'Floor' },
  { date, text: `Passed/agreed to in Senate: ${how}`, source: 'loc', code: '17000', type: 'Floor' },
];

export const receivedInSenate = (date: string): SampleAction[] => [
  { date, text: 'Received in the Senate.', source: 'senate', type: 'IntroReferral' },
];

export const receivedInHouse = (date: string): SampleAction[] => [
  { date, text: 'Message on Senate action sent to the House.', source: 'senate', type: 'Floor' },
  { date, text: 'Received in the House.', source: 'houseFloor', code: 'H14000', type: 'Floor' },
  { date, text: 'Held at the desk.', source: 'houseFloor', code: 'H15000', type: 'Floor' },
];

export const presented = (date: string): SampleAction[] => [
  { date, text: 'Presented to President.', source: 'houseFloor', code: 'E20000', type: 'Floor' },
  { date, text: 'Presented to President.', source: 'loc', code: '28000', type: 'President' },
];

export const signed = (date: string): SampleAction[] => [
  { date, text: 'Signed by President.', source: 'houseFloor', code: 'E30000', type: 'President' },
  { date, text: 'Signed by President.', source: 'loc', code: '36000', type: 'President' },
];

export const becamePublicLaw = (date: string, law: string, kind: 'Public' | 'Private' = 'Public'): SampleAction[] => [
  { date, text: `Became ${kind} Law No: ${law}.`, source: 'houseFloor', code: 'E40000', type: 'President' },
  { date, text: `Became ${kind} Law No: ${law}.`, source: 'loc', code: '36000', type: 'BecameLaw' },
];

/** GPO codes the veto E30000, the code of a signature; the Library of Congress's copy has 31000. */
export const vetoed = (date: string, pocket = false): SampleAction[] => [
  {
    date,
    text: `${pocket ? 'Pocket Vetoed' : 'Vetoed'} by President.`,
    source: 'houseFloor',
    code: 'E30000',
    type: 'Veto',
  },
  { date, text: `${pocket ? 'Pocket Vetoed' : 'Vetoed'} by President.`, source: 'loc', code: '31000', type: 'Veto' },
];
