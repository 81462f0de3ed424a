// A parsed Bill Status file written as a measure of the United States Congress (write-measure.ts does the rest).
import { slugify } from '@/lib/measures/identifier';
import { classifyAction } from '@/lib/status';
import { ensureBody, ensureSession } from '../bodies';
import type { ImportContext } from '../context';
import { matchPerson, syncMembership } from '../people';
import { targetJurisdictionText } from '../resolve-relations';
import { usCongress, type Congress } from '../us-congress';
import { writeMeasure, type ActionData, type SponsorData } from '../write-measure';
import { BILL_TYPES, billIdentifier, congressDates, congressName } from './bill-types';
import type { BillPerson, BillStatus, Chamber } from './parse';

const PARTIES: Record<string, string> = { D: 'Democrat', R: 'Republican', I: 'Independent', ID: 'Independent Democrat', L: 'Libertarian' };

const RELATIONSHIPS: Record<string, 'identical' | 'companion' | 'similar'> = {
  'identical bill': 'identical',
  'companion measure': 'companion',
};

/** "hswm00" is the committee HSWM; "hsif03" its subcommittee HSIF03 (thomas ids, as in committees-current.yaml). */
export function thomasId(systemCode: string): string {
  const code = systemCode.toUpperCase();
  return code.endsWith('00') ? code.slice(0, -2) : code;
}

async function committeeBodies(ctx: ImportContext, bill: BillStatus, us: Congress): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const c of bill.committees) {
    names.set(c.systemCode, c.chamber === 'Joint' ? c.name : `${c.chamber} ${c.name}`);
    for (const s of c.subcommittees) names.set(s.systemCode, s.name);
  }
  for (const a of bill.actions) for (const c of a.committees) if (!names.has(c.systemCode)) names.set(c.systemCode, c.name);

  const ids = new Map<string, number>();
  // Committees (code ending in 00) before subcommittees, which hang under them.
  const codes = [...names.keys()].sort((a, b) => Number(!a.endsWith('00')) - Number(!b.endsWith('00')));
  for (const code of codes) {
    const isCommittee = code.endsWith('00');
    const chamber = code[0] === 's' ? us.Senate : code[0] === 'h' ? us.House : us.legislature;
    const parentCode = `${code.slice(0, 4)}00`;
    const parentId = isCommittee ? chamber : (ids.get(parentCode) ?? chamber);
    const name = names.get(code)!;
    const id = await ensureBody(ctx, {
      slug: slugify(name),
      name,
      classification: isCommittee ? 'committee' : 'subcommittee',
      jurisdictionId: us.jurisdiction.id,
      parentId,
      identifier: { scheme: 'thomas', value: thomasId(code) },
    });
    ids.set(code, id);
  }
  return ids;
}

function role(p: BillPerson): string {
  if (p.chamber === 'Senate') return 'Senator';
  if (p.fullName.startsWith('Del')) return 'Delegate';
  if (p.fullName.startsWith('Resident')) return 'Resident Commissioner';
  return 'Representative';
}

async function member(ctx: ImportContext, p: BillPerson, us: Congress, sessionId: number): Promise<number | null> {
  const bodyId = us[p.chamber];
  const match = await matchPerson(ctx, {
    name: p.name, givenName: p.givenName, familyName: p.familyName, identifiers: [{ scheme: 'bioguide', value: p.bioguideId }], bodyId,
  }, { owned: false });
  if (match.personId === null) return null;
  await syncMembership(ctx, match.personId, {
    bodyId, role: role(p), state: p.state, district: p.district, party: p.party ? (PARTIES[p.party] ?? p.party) : null, sessionId,
  });
  return match.personId;
}

function actingBody(sourceSystem: string | null, chamber: Record<Chamber, number>): number | null {
  if (!sourceSystem) return null;
  if (/^senate/i.test(sourceSystem)) return chamber.Senate;
  if (/^house/i.test(sourceSystem)) return chamber.House;
  return null; // Library of Congress: a summary of a step, the chamber is in the text
}

export async function writeBillStatus(ctx: ImportContext, bill: BillStatus) {
  const us = await usCongress(ctx);
  ctx.warnings.push(...bill.notes);
  const sessionName = congressName(bill.congress);
  const sessionId = await ensureSession(ctx, { bodyId: us.legislature, identifier: bill.congress, name: sessionName, ...congressDates(bill.congress) });
  const committees = await committeeBodies(ctx, bill, us);

  const sponsors: SponsorData[] = [];
  for (const p of bill.sponsors) {
    sponsors.push({ personId: await member(ctx, p, us, sessionId), nameAsGiven: p.fullName, kind: 'primary', isOriginal: true, sponsoredOn: bill.introducedDate });
  }
  for (const p of bill.cosponsors) {
    sponsors.push({
      personId: await member(ctx, p, us, sessionId), nameAsGiven: p.fullName, kind: 'cosponsor', isOriginal: p.isOriginal,
      sponsoredOn: p.sponsoredOn, withdrawnOn: p.withdrawnOn,
    });
  }

  const actions: ActionData[] = bill.actions.map((a) => {
    const committee = a.committees[0] ? (committees.get(a.committees[0].systemCode) ?? null) : null;
    const chamberId = actingBody(a.sourceSystem, us);
    // A referral is the chamber's act and sends the measure to the committee; anything else naming a committee
    // (a hearing, a markup, a discharge) is the committee's.
    const referral = classifyAction({ text: a.text, sourceCode: a.code }).includes('referral-committee');
    return {
      date: a.date,
      text: a.text,
      sourceCode: a.code,
      sourceSystem: a.sourceSystem,
      actingBodyId: referral || committee === null || chamberId === null ? chamberId : committee,
      relatedBodyId: referral ? committee : null,
    };
  });

  const identifier = billIdentifier(bill.type, bill.number);
  const measure = await writeMeasure(ctx, {
    jurisdiction: us.jurisdiction,
    session: { id: sessionId, identifier: bill.congress, name: sessionName },
    originBodyId: us[bill.originChamber],
    identifier,
    type: BILL_TYPES[bill.type].type,
    title: bill.title,
    summary: bill.summary,
    textUrl: bill.textUrl,
    subjects: bill.subjects,
    introducedOn: bill.introducedDate,
    actions,
    sponsors,
    targets: [],
    relations: bill.relatedBills
      .filter((r) => !(r.type === bill.type && r.number === bill.number && r.congress === bill.congress))
      .map((r) => ({
        type: RELATIONSHIPS[(r.relationship ?? '').toLowerCase()] ?? 'similar',
        targetIdentifier: billIdentifier(r.type, r.number),
        targetJurisdictionText: targetJurisdictionText(us.jurisdiction.name, congressName(r.congress)),
        evidenceQuote: r.relationship ? `${r.relationship} (Congress.gov)` : null,
      })),
    source: {
      url: `https://www.govinfo.gov/bulkdata/BILLSTATUS/${bill.congress}/${bill.type.toLowerCase()}/BILLSTATUS-${bill.congress}${bill.type.toLowerCase()}${bill.number}.xml`,
      title: `Bill Status of ${identifier} (${sessionName})`,
      publisher: 'U.S. Government Publishing Office',
      kind: 'data',
    },
  });
  return { ...measure, label: `${identifier} (${sessionName})` };
}
