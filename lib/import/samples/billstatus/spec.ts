// A Bill Status sample described as data: what the file says (written by write-xml.ts in either layout) and the
// status it should import to. The expected status is written beside each sample for the status derivation's tests.
import type { SampleCommittee, SampleMember } from '../people';

export type Layout = 'legacy' | 'current';

/** Congress.gov's source systems, as <sourceSystem><code>/<name> give them. */
export const SOURCES = {
  senate: { code: '0', name: 'Senate' },
  houseCommittee: { code: '1', name: 'House committee actions' },
  houseFloor: { code: '2', name: 'House floor actions' },
  loc: { code: '9', name: 'Library of Congress' },
} as const;
export type Source = keyof typeof SOURCES;

export type SampleAction = {
  date: string;
  text: string;
  source: Source;
  /** <actionCode>; the Senate's own actions have none. */
  code?: string;
  /** <type> (Congress.gov's facet: IntroReferral, Committee, Floor, President, Veto, BecameLaw...). */
  type: string;
  /** The committee (or subcommittee) the action names. */
  committee?: { systemCode: string; name: string };
};

export type SampleCosponsor = { member: SampleMember; date: string; original: boolean; withdrawn?: string };

export type SampleRelatedBill = {
  congress: number;
  type: string;
  number: number;
  title: string;
  relationship: string;
  latestAction: { date: string; text: string };
};

export type ExpectedStatus = {
  /** The measure's identifier as the importer writes it. */
  identifier: string;
  stage: string;
  /** When the import runs on 2026-11-27 (the 117th and 118th Congresses have ended, the 119th has not). */
  outcome: string;
  lawNumber?: string;
  lawType?: 'Public Law' | 'Private Law';
  /** Why: what in the file decides it, and what a careless reader would get wrong. */
  why: string;
};

export type BillSample = {
  /** Path under lib/import/samples/files/. */
  path: string;
  layout: Layout;
  congress: number;
  /** Bill Status <type>: HR, S, HRES, SCONRES... */
  billType: string;
  number: number;
  originChamber: 'House' | 'Senate';
  introducedDate: string;
  /** When the file was made (<createDate>, older layout only) and last updated (<updateDate>). */
  createDate: string;
  updateDate: string;
  title: string;
  policyArea: string;
  subjects: string[];
  sponsor: SampleMember;
  cosponsors: SampleCosponsor[];
  /** The committees the bill went to, with what they did (<activities>) and their subcommittees. */
  committees: {
    committee: SampleCommittee;
    activities: { name: string; date: string }[];
    subcommittees?: { systemCode: string; name: string; activities: { name: string; date: string }[] }[];
  }[];
  /** Oldest first (the files list them newest first). */
  actions: SampleAction[];
  /** <latestAction> of the bill itself; by default its newest action. */
  latestAction?: { date: string; text: string };
  laws: { type: 'Public Law' | 'Private Law'; number: string }[];
  relatedBills: SampleRelatedBill[];
  summaries: { versionCode: string; date: string; actionDesc: string; text: string }[];
  textVersions: { type: string; date: string; code: string }[];
  expected: ExpectedStatus;
};
