// Bill Status XML (GPO bulk data) in both layouts: the older one (<billNumber>, <billType>,
// <committees><billCommittees>, <subjects><billSubjects>, <summaries><billSummaries>, one <committee> per action)
// and the current one (<number>, <type>, <committees><item>, <legislativeSubjects>, <summaries><summary>,
// <committees> per action). See ../shared/fixtures/billstatus/USER-GUIDE.md. Reads only; writing is in write.ts.
import { FieldError } from '../errors';
import { importedWebAddress } from '../web-address';
import { child, items, parseXml, rootOf, text, type XmlNode } from '../xml';
import { BILL_TYPES, type BillType } from './bill-types';

export type Chamber = 'House' | 'Senate';

export type BillPerson = {
  bioguideId: string;
  fullName: string;
  name: string;
  givenName: string | null;
  familyName: string | null;
  party: string | null;
  state: string | null;
  district: string | null;
  chamber: Chamber;
};

export type BillSponsor = BillPerson & { isOriginal: boolean; sponsoredOn: string | null; withdrawnOn: string | null };

export type BillCommittee = {
  systemCode: string;
  name: string;
  chamber: Chamber | 'Joint';
  subcommittees: { systemCode: string; name: string }[];
};

export type BillAction = {
  date: string;
  text: string;
  code: string | null;
  sourceSystem: string | null;
  /** The committees the action names ({systemCode, name}), first the one acting or referred to. */
  committees: { systemCode: string; name: string }[];
};

export type RelatedBill = { congress: string; type: BillType; number: string; relationship: string | null };

/** A law the bill itself became (`<laws>` directly under `<bill>`; related bills' laws are not the bill's). */
export type BillLaw = { type: string; number: string };

export type BillStatus = {
  congress: string;
  type: BillType;
  number: string;
  originChamber: Chamber;
  introducedDate: string | null;
  title: string;
  subjects: string[];
  summary: string | null;
  textUrl: string | null;
  sponsors: BillPerson[];
  cosponsors: BillSponsor[];
  /** Oldest first (the files list them newest first). */
  actions: BillAction[];
  committees: BillCommittee[];
  relatedBills: RelatedBill[];
  laws: BillLaw[];
  /** The bill's own `<latestAction>`, as the file summarises it. */
  latestAction: { date: string; text: string } | null;
  /** The record's own update time (`<updateDate>` of the bill, ISO 8601): which of two files is newer. */
  updatedAt: string | null;
  /** What was left out, for the report: GPO's files hold the odd action with no text at all. */
  notes: string[];
  /** False when the record read does not list related bills (Congress.gov API's bill, actions and cosponsors):
   * the relations already stored stay. A Bill Status file lists them all. */
  relatedBillsComplete?: boolean;
  /** Where the record was read, when not GPO's bulk data file (Congress.gov API). */
  source?: { url: string; title: string; publisher: string };
};

const DATE = /^\d{4}-\d{2}-\d{2}/;

function required(node: XmlNode, where: string, ...names: string[]): string {
  for (const name of names) {
    const value = text(node, name);
    if (value) return value;
  }
  throw new FieldError(`${where}/<${names[0]}>`, `required element <${names.join('> or <')}> is missing or empty`);
}

function date(value: string | null, where: string): string | null {
  if (!value) return null;
  const found = value.match(DATE)?.[0];
  if (!found) throw new FieldError(where, `"${value}" is not a date (YYYY-MM-DD)`);
  return found;
}

function chamberOf(value: string | null, where: string): Chamber {
  if (value === 'House' || value === 'Senate') return value;
  throw new FieldError(where, `"${value ?? ''}" is not a chamber (House or Senate)`);
}

function billType(value: string, where: string): BillType {
  const type = value.replace(/[.\s]/g, '').toUpperCase();
  if (type in BILL_TYPES) return type as BillType;
  throw new FieldError(where, `"${value}" is not a bill type (${Object.keys(BILL_TYPES).join(', ')})`);
}

// Older files spell some names in capitals ("PATTY", "MURRAY").
const properCase = (s: string) =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (m) => m.toUpperCase()) : s;

// "Rep. Norton, Eleanor Holmes [D-DC-At Large]", "Sen. Murray, Patty [D-WA]"
const FULL_NAME =
  /^(?:(Rep|Sen|Del|Resident Commissioner)\.?\s+)?([^,[]+),\s*([^[]+?)\s*(?:\[([A-Z]+)-([A-Z]{2})(?:-([^\]]+))?\])?$/;

function person(item: XmlNode, where: string): BillPerson {
  const bioguideId = text(item, 'bioguideId') ?? text(child(item, 'identifiers'), 'bioguideId');
  if (!bioguideId) throw new FieldError(`${where}/<bioguideId>`, 'required element <bioguideId> is missing or empty');
  const fullName = required(item, where, 'fullName');
  const parsed = fullName.match(FULL_NAME);
  const first = text(item, 'firstName');
  const last = text(item, 'lastName');
  const middle = text(item, 'middleName');
  const givenName = first ? properCase(first) : (parsed?.[3]?.trim() ?? null);
  const familyName = last ? properCase(last) : (parsed?.[2]?.trim() ?? null);
  const name = [givenName, middle ? properCase(middle) : null, familyName].filter(Boolean).join(' ') || fullName;
  const chamber: Chamber = parsed?.[1] === 'Sen' ? 'Senate' : 'House';
  return {
    bioguideId,
    fullName,
    name,
    givenName,
    familyName,
    party: text(item, 'party') ?? parsed?.[4] ?? null,
    state: text(item, 'state') ?? parsed?.[5] ?? null,
    district: chamber === 'House' ? houseDistrict(text(item, 'district') ?? parsed?.[6] ?? null) : null,
    chamber,
  };
}

/**
 * One spelling for an at-large seat whichever layout names it: older files say "At Large" in the name, newer ones
 * district 0 (congress-legislators also says 0, and its importer writes "At Large").
 */
function houseDistrict(value: string | null): string | null {
  if (value === null) return null;
  return value === '0' || /^at[- ]large$/i.test(value) ? 'At Large' : value;
}

function cosponsor(item: XmlNode, where: string): BillSponsor {
  return {
    ...person(item, where),
    isOriginal: /^(true|y|yes)$/i.test(text(item, 'isOriginalCosponsor') ?? ''),
    sponsoredOn: date(text(item, 'sponsorshipDate'), `${where}/<sponsorshipDate>`),
    withdrawnOn: date(text(item, 'sponsorshipWithdrawnDate'), `${where}/<sponsorshipWithdrawnDate>`),
  };
}

function action(item: XmlNode, where: string): BillAction {
  const single = child(item, 'committee');
  const named = [...(single ? [single] : []), ...items(item, 'committees')].flatMap((c) => {
    const systemCode = text(c, 'systemCode');
    return systemCode ? [{ systemCode, name: text(c, 'name') ?? systemCode }] : [];
  });
  return {
    date: date(required(item, where, 'actionDate'), `${where}/<actionDate>`)!,
    text: required(item, where, 'text'),
    code: text(item, 'actionCode'),
    sourceSystem: text(child(item, 'sourceSystem'), 'name'),
    committees: named,
  };
}

function committees(bill: XmlNode): BillCommittee[] {
  const list = [...items(bill, 'committees'), ...items(bill, 'committees', 'billCommittees')];
  return list.flatMap((c, i) => {
    const where = `<committees>/<item>[${i + 1}]`;
    const systemCode = text(c, 'systemCode');
    const name = text(c, 'name');
    if (!systemCode || !name) return [];
    const chamber = text(c, 'chamber');
    return [
      {
        systemCode,
        name,
        chamber: chamber === 'Joint' ? 'Joint' : chamberOf(chamber, `${where}/<chamber>`),
        subcommittees: items(c, 'subcommittees').flatMap((s) => {
          const code = text(s, 'systemCode');
          const subName = text(s, 'name');
          return code && subName ? [{ systemCode: code, name: subName }] : [];
        }),
      },
    ];
  });
}

const stripHtml = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The most recent summary (by its action date), as plain text. */
function summary(bill: XmlNode): string | null {
  const summaries = child(bill, 'summaries');
  const list = [
    ...items(summaries, 'billSummaries'),
    ...(Array.isArray(summaries?.summary) ? summaries.summary : []),
  ].filter((s): s is XmlNode => typeof s === 'object' && !Array.isArray(s));
  const latest = list
    .map((s) => ({ date: text(s, 'actionDate') ?? '', body: text(s, 'text') }))
    .filter((s) => s.body)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return latest?.body ? stripHtml(latest.body) : null;
}

/**
 * The latest text version's first format (XML on govinfo). Both layouts list versions newest first, and the newest
 * (an enrolled bill just printed) often has no date yet: document order decides, not the dates.
 */
function textUrl(bill: XmlNode): string | null {
  for (const [i, version] of items(bill, 'textVersions').entries()) {
    const url = text(items(version, 'formats')[0], 'url');
    if (url) return importedWebAddress(url, `<bill>/<textVersions>/<item>[${i + 1}]/<formats>/<item>[1]/<url>`);
  }
  return null;
}

function subjects(bill: XmlNode): string[] {
  const s = child(bill, 'subjects');
  const container = child(s, 'billSubjects') ?? s;
  const policyArea =
    text(child(bill, 'policyArea'), 'name') ??
    text(child(container, 'policyArea'), 'name') ??
    text(child(bill, 'primarySubject'), 'name') ??
    text(child(container, 'primarySubject'), 'name');
  const terms = [...items(container, 'legislativeSubjects'), ...items(container, 'otherSubjects')].map((i) =>
    text(i, 'name'),
  );
  return [...new Set([policyArea, ...terms].filter((t): t is string => Boolean(t)))];
}

function relatedBills(bill: XmlNode): RelatedBill[] {
  return items(bill, 'relatedBills').flatMap((r, i) => {
    const where = `<relatedBills>/<item>[${i + 1}]`;
    const number = text(r, 'number');
    const type = text(r, 'type');
    const congress = text(r, 'congress');
    if (!number || !type || !congress) return [];
    return [{ congress, type: billType(type, `${where}/<type>`), number, relationship: relationship(r) }];
  });
}

// A related bill may be related in several ways (identified by the House and by CRS), listed in no fixed order:
// the most specific one is kept, so both layouts of a file give the same relation.
const RELATIONSHIP_ORDER = ['identical bill', 'companion measure', 'procedurally-related', 'related bill'];

function relationship(related: XmlNode): string | null {
  const types = items(related, 'relationshipDetails').flatMap((d) => text(d, 'type') ?? []);
  const rank = (t: string) => {
    const at = RELATIONSHIP_ORDER.indexOf(t.toLowerCase());
    return at === -1 ? RELATIONSHIP_ORDER.length : at;
  };
  return types.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0] ?? null;
}

/** Public and private laws, read only from the bill's own `<laws>` (both layouts: `<laws><item>`). */
function laws(bill: XmlNode): BillLaw[] {
  return items(bill, 'laws').flatMap((item) => {
    const number = text(item, 'number');
    const type = text(item, 'type');
    return number && type ? [{ type: /private/i.test(type) ? 'Private Law' : 'Public Law', number }] : [];
  });
}

function latestAction(bill: XmlNode): BillStatus['latestAction'] {
  const node = child(bill, 'latestAction');
  const when = text(node, 'actionDate');
  const what = text(node, 'text');
  return when && what ? { date: date(when, '<bill>/<latestAction>/<actionDate>')!, text: what } : null;
}

function updatedAt(bill: XmlNode): string | null {
  const value = text(bill, 'updateDate');
  if (!value) return null;
  if (Number.isNaN(Date.parse(value))) throw new FieldError('<bill>/<updateDate>', `"${value}" is not a date and time`);
  return new Date(value).toISOString();
}

export function parseBillStatus(xml: string): BillStatus {
  const [rootName, root] = rootOf(parseXml(xml));
  if (rootName !== 'billStatus')
    throw new FieldError(`<${rootName}>`, `wrong root element <${rootName}>: a Bill Status file has <billStatus>`);
  const bill = child(root, 'bill');
  if (!bill) throw new FieldError('<billStatus>/<bill>', 'required element <bill> is missing or empty');
  const at = '<bill>';
  const notes: string[] = [];
  const actions = items(bill, 'actions').flatMap((item, i) => {
    const where = `${at}/<actions>/<item>[${i + 1}]`;
    if (text(item, 'actionDate') && !text(item, 'text')) {
      notes.push(`${where} has a date but no text: skipped`);
      return [];
    }
    return [action(item, where)];
  });
  return {
    congress: required(bill, at, 'congress'),
    type: billType(required(bill, at, 'type', 'billType'), `${at}/<type>`),
    number: required(bill, at, 'number', 'billNumber'),
    originChamber: chamberOf(required(bill, at, 'originChamber'), `${at}/<originChamber>`),
    introducedDate: date(text(bill, 'introducedDate'), `${at}/<introducedDate>`),
    title: required(bill, at, 'title'),
    subjects: subjects(bill),
    summary: summary(bill),
    textUrl: textUrl(bill),
    sponsors: items(bill, 'sponsors').map((item, i) => person(item, `${at}/<sponsors>/<item>[${i + 1}]`)),
    cosponsors: items(bill, 'cosponsors').map((item, i) => cosponsor(item, `${at}/<cosponsors>/<item>[${i + 1}]`)),
    actions: actions.reverse(),
    committees: committees(bill),
    relatedBills: relatedBills(bill),
    laws: laws(bill),
    latestAction: latestAction(bill),
    updatedAt: updatedAt(bill),
    notes,
  };
}
