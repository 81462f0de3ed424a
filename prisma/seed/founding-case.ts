// The case the product is built around (../shared/DESIGN.md): the Los Angeles City Council resolution of
// April 21, 2021 and H.Res. 240 of the 117th Congress, which it endorses. Facts come from the source document
// (an announcement by the Armenian Consulate General in Los Angeles), the introduced text of H.Res. 240 and the
// public record; nothing is guessed. Fields left out are unknown (no council file number, no source addresses
// for the announcement and the reports it quotes). Summaries and titles of sources are in our own words.

import type {
  BodyClassification,
  MeasureType,
  RelationType,
  SourceKind,
  TargetVerb,
} from '@/lib/generated/prisma/enums';
import { krekorian, originalCosponsors, schiff } from './people';

export type JurisdictionSeed = { slug: string; name: string; classification: string; ocdId: string };

export type BodySeed = {
  slug: string;
  name: string;
  shortName?: string;
  classification: BodyClassification;
  jurisdiction?: string;
  parent?: string;
  url?: string;
  identifiers?: { scheme: string; value: string }[];
};

export type SessionSeed = { body: string; identifier: string; name: string; startDate: string; endDate: string };

export type SourceSeed = { key: string; title: string; publisher: string; kind: SourceKind; url?: string };

export type ActionSeed = {
  date: string;
  actingBody: string;
  relatedBody?: string;
  /** As published where we have it; for Los Angeles, the announcement's words (no council minutes are at hand). */
  text: string;
  sourceCode?: string;
  sourceSystem?: string;
  classification: string[];
  sources: string[];
};

export type SponsorSeed = {
  person: string;
  nameAsGiven: string;
  kind: 'primary' | 'cosponsor';
  isOriginal: boolean;
  sponsoredOn?: string;
};

export type TargetSeed = { verb: TargetVerb; body: string; roleAsWritten?: string; quote?: string };

export type MeasureSeed = {
  slug: string;
  jurisdiction: string;
  originBody: string;
  session?: { body: string; identifier: string };
  identifier?: string;
  type: MeasureType;
  title: string;
  summary: string;
  textUrl?: string;
  subjects: string[];
  introducedOn?: string;
  actions: ActionSeed[];
  sponsors: SponsorSeed[];
  targets: TargetSeed[];
  /** Sources cited on the measure itself, with an optional note. */
  sources: { key: string; note?: string }[];
};

export type RelationSeed = {
  from: string;
  type: RelationType;
  to: string;
  targetIdentifier: string;
  targetJurisdictionText: string;
  evidenceQuote: string;
};

export const jurisdictions: JurisdictionSeed[] = [
  { slug: 'us', name: 'United States', classification: 'country', ocdId: 'ocd-jurisdiction/country:us/government' },
  {
    slug: 'los-angeles',
    name: 'City of Los Angeles',
    classification: 'municipality',
    ocdId: 'ocd-jurisdiction/country:us/state:ca/place:los_angeles/government',
  },
];

// Parents come before children. The Senate is here so the House counts as one of two chambers.
export const bodies: BodySeed[] = [
  {
    slug: 'us-congress',
    name: 'United States Congress',
    shortName: 'Congress',
    classification: 'legislature',
    jurisdiction: 'us',
  },
  {
    slug: 'us-house',
    name: 'U.S. House of Representatives',
    shortName: 'House',
    classification: 'chamber',
    jurisdiction: 'us',
    parent: 'us-congress',
  },
  {
    slug: 'us-senate',
    name: 'U.S. Senate',
    shortName: 'Senate',
    classification: 'chamber',
    jurisdiction: 'us',
    parent: 'us-congress',
  },
  {
    slug: 'house-foreign-affairs',
    name: 'House Committee on Foreign Affairs',
    classification: 'committee',
    jurisdiction: 'us',
    parent: 'us-house',
    // congress-legislators committees-current.yaml: thomas_id HSFA, url below.
    url: 'https://foreignaffairs.house.gov/',
    identifiers: [{ scheme: 'thomas', value: 'HSFA' }],
  },
  {
    slug: 'los-angeles-city-council',
    name: 'Los Angeles City Council',
    classification: 'legislature',
    jurisdiction: 'los-angeles',
  },
  { slug: 'azerbaijan', name: 'Government of Azerbaijan', classification: 'foreign_government' },
  { slug: 'biden-administration', name: 'Biden Administration', classification: 'executive', jurisdiction: 'us' },
  {
    slug: 'us-department-of-state',
    name: 'U.S. Department of State',
    shortName: 'State Department',
    classification: 'executive',
    jurisdiction: 'us',
  },
  { slug: 'osce-minsk-group', name: 'OSCE Minsk Group', classification: 'international' },
];

// A Congress spans both chambers, so the session belongs to the Congress.
export const sessions: SessionSeed[] = [
  { body: 'us-congress', identifier: '117', name: '117th Congress', startDate: '2021-01-03', endDate: '2023-01-03' },
];

export const sources: SourceSeed[] = [
  {
    key: 'consulate-announcement',
    title: 'Los Angeles City Council adopts a resolution on Armenian prisoners of war held by Azerbaijan',
    publisher: 'Armenian Consulate General in Los Angeles',
    kind: 'press_release',
  },
  {
    key: 'hres240-text',
    title: 'H.Res. 240 (117th Congress), text as introduced in the House',
    publisher: 'U.S. Government Publishing Office',
    kind: 'official_text',
    url: 'https://www.govinfo.gov/content/pkg/BILLS-117hres240ih/xml/BILLS-117hres240ih.xml',
  },
  {
    key: 'hres240-record',
    title: 'H.Res.240, 117th Congress (2021-2022): Congress.gov record',
    publisher: 'Library of Congress',
    kind: 'official_record',
    url: 'https://www.congress.gov/bill/117th-congress/house-resolution/240',
  },
  {
    key: 'hrw-report',
    title: 'Human Rights Watch report on the mistreatment of Armenian prisoners of war by Azerbaijani forces',
    publisher: 'Human Rights Watch',
    kind: 'report',
  },
  {
    key: 'columbia-ishr-report',
    title: 'Report on atrocities committed against Armenians in the 2020 conflict',
    publisher: 'Institute for the Study of Human Rights, Columbia University',
    kind: 'report',
  },
  {
    key: 'congress-legislators',
    title: 'Members and committees of the United States Congress (congress-legislators data set)',
    publisher: 'unitedstates/congress-legislators',
    kind: 'data',
    url: 'https://github.com/unitedstates/congress-legislators',
  },
];

const CITED_IN_RESOLUTION = 'Cited in the resolution, as quoted in the announcement by the Armenian Consulate General.';

export const laResolution: MeasureSeed = {
  slug: 'los-angeles-resolution-2021-04-21',
  jurisdiction: 'los-angeles',
  originBody: 'los-angeles-city-council',
  type: 'resolution',
  title: 'Resolution calling upon Azerbaijan to immediately release Armenian prisoners of war and captured civilians',
  summary:
    'Adopted by the Los Angeles City Council on April 21, 2021, on a resolution written and brought to the Council ' +
    'by Councilmember Paul Krekorian. The City asks Azerbaijan to free the Armenian soldiers and civilians it still ' +
    'holds since the ceasefire statement that Azerbaijan, Armenia and Russia signed on November 9, 2020, pointing ' +
    'to the Geneva Conventions and to findings of Human Rights Watch and of Columbia University’s Institute for the ' +
    'Study of Human Rights. It backs H.Res. 240, then pending in the U.S. House, and asks the Biden Administration ' +
    'to press the Azerbaijani authorities, including through the OSCE Minsk Group.',
  subjects: ['Armenia', 'Azerbaijan', 'Prisoners of war', 'Human rights'],
  actions: [
    {
      date: '2021-04-21',
      actingBody: 'los-angeles-city-council',
      text: 'Adopted by the Los Angeles City Council',
      classification: ['passage'],
      sources: ['consulate-announcement'],
    },
  ],
  sponsors: [
    { person: krekorian.name, nameAsGiven: 'Councilmember Paul Krekorian', kind: 'primary', isOriginal: false },
  ],
  targets: [
    {
      verb: 'calls_upon',
      body: 'azerbaijan',
      quote: 'immediately release the Armenian prisoners of war and captured civilians',
    },
    {
      verb: 'calls_upon',
      body: 'biden-administration',
      quote: 'to engage at all levels with Azerbaijani authorities, including through the OSCE Minsk Group process',
    },
  ],
  sources: [
    { key: 'consulate-announcement' },
    { key: 'hrw-report', note: CITED_IN_RESOLUTION },
    { key: 'columbia-ishr-report', note: CITED_IN_RESOLUTION },
  ],
};

const INTRODUCED = '2021-03-16';

export const hres240: MeasureSeed = {
  slug: 'us-117-hres-240',
  jurisdiction: 'us',
  originBody: 'us-house',
  session: { body: 'us-congress', identifier: '117' },
  identifier: 'H.Res. 240',
  type: 'resolution',
  title: 'Calling on Azerbaijan to immediately release all prisoners of war and captured civilians.',
  summary:
    'A simple resolution of the House, brought by Rep. Adam Schiff with 30 original cosponsors from both parties. ' +
    'It asks Azerbaijan to return all Armenian prisoners of war and captured civilians, as the November 9, 2020 ' +
    'statement and international law require, and urges the Secretary of State to press the Azerbaijani ' +
    'authorities at every level, including through the OSCE Minsk Group. It was referred to the Committee on ' +
    'Foreign Affairs on the day it was submitted.',
  textUrl: 'https://www.govinfo.gov/content/pkg/BILLS-117hres240ih/xml/BILLS-117hres240ih.xml',
  subjects: ['Armenia', 'Azerbaijan', 'Prisoners of war', 'Human rights'],
  introducedOn: INTRODUCED,
  // Codes as Bill Status XML gives them for a House introduction and a House committee referral
  // (../shared/fixtures/billstatus, e.g. BILLSTATUS-116hr5177.xml).
  actions: [
    {
      date: INTRODUCED,
      actingBody: 'us-house',
      text: 'Introduced in House',
      sourceCode: 'Intro-H',
      sourceSystem: 'Library of Congress',
      classification: ['introduction'],
      sources: ['hres240-record', 'hres240-text'],
    },
    {
      date: INTRODUCED,
      actingBody: 'us-house',
      relatedBody: 'house-foreign-affairs',
      text: 'Referred to the House Committee on Foreign Affairs.',
      sourceCode: 'H11100',
      sourceSystem: 'House floor actions',
      classification: ['referral-committee'],
      sources: ['hres240-record', 'hres240-text'],
    },
  ],
  sponsors: [
    { person: schiff.name, nameAsGiven: 'Mr. Schiff', kind: 'primary', isOriginal: false, sponsoredOn: INTRODUCED },
    ...originalCosponsors.map((member) => ({
      person: member.name,
      nameAsGiven: member.nameAsGiven,
      kind: 'cosponsor' as const,
      isOriginal: true,
      sponsoredOn: INTRODUCED,
    })),
  ],
  targets: [
    {
      verb: 'calls_upon',
      body: 'azerbaijan',
      quote: 'to immediately return all Armenian prisoners of war and captured civilians',
    },
    {
      verb: 'urges',
      body: 'us-department-of-state',
      roleAsWritten: 'Secretary of State',
      quote: 'to engage at all levels with Azerbaijani authorities, including through the OSCE Minsk Group process',
    },
  ],
  sources: [{ key: 'hres240-text' }, { key: 'hres240-record' }],
};

export const measures: MeasureSeed[] = [hres240, laResolution];

export const relations: RelationSeed[] = [
  {
    from: laResolution.slug,
    type: 'endorses',
    to: hres240.slug,
    targetIdentifier: 'H.Res. 240',
    targetJurisdictionText: 'United States',
    evidenceQuote:
      'expressed its support to “the currently pending in the U.S. House of Representatives is a Resolution (H.Res. 240-Schiff)”',
  },
];

export type CampaignSeed = {
  slug: string;
  name: string;
  description: string;
  members: { measure: string; role: 'LEAD' | 'ENDORSEMENT' }[];
};

/** The founding campaign (issue 19): H.Res. 240 and the Los Angeles resolution that endorses it. */
export const campaigns: CampaignSeed[] = [
  {
    slug: 'free-the-armenian-prisoners-of-war',
    name: 'Free the Armenian prisoners of war',
    description:
      'H.Res. 240 calls on Azerbaijan to release all Armenian prisoners of war and captured civilians; city councils ' +
      'endorse it and call upon the same government and the Administration.',
    members: [
      { measure: hres240.slug, role: 'LEAD' },
      { measure: laResolution.slug, role: 'ENDORSEMENT' },
    ],
  },
];
