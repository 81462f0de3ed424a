// A parsed Bill Status file written as a measure of the United States Congress (write-measure.ts does the rest).
import { slugify } from '@/lib/measures/identifier';
import { classifyAction } from '@/lib/status';
import { ensureBody, ensureSession } from '../bodies';
import { memoized, type ImportContext } from '../context';
import { targetJurisdictionText } from '@/lib/relations/resolve';
import { usCongress, type Congress } from '../us-congress';
import { staleRecord, writeMeasure, type ActionData, type SponsorData } from '../write-measure';
import { BILL_TYPES, billIdentifier, congressDates, congressName } from './bill-types';
import { members } from './members';
import type { BillStatus, Chamber } from './parse';

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
  for (const a of bill.actions)
    for (const c of a.committees) if (!names.has(c.systemCode)) names.set(c.systemCode, c.name);

  const ids = new Map<string, number>();
  // Committees (code ending in 00) before subcommittees, which hang under them.
  const codes = [...names.keys()].sort((a, b) => Number(!a.endsWith('00')) - Number(!b.endsWith('00')));
  for (const code of codes) {
    const isCommittee = code.endsWith('00');
    const chamber = code[0] === 's' ? us.Senate : code[0] === 'h' ? us.House : us.legislature;
    const parentCode = `${code.slice(0, 4)}00`;
    const parentId = isCommittee ? chamber : (ids.get(parentCode) ?? chamber);
    const name = names.get(code)!;
    const id = await memoized(ctx, `committee:${code}`, () =>
      ensureBody(ctx, {
        slug: slugify(name),
        name,
        classification: isCommittee ? 'committee' : 'subcommittee',
        jurisdictionId: us.jurisdiction.id,
        parentId,
        identifier: { scheme: 'thomas', value: thomasId(code) },
      }),
    );
    ids.set(code, id);
  }
  return ids;
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
  const sessionId = await memoized(ctx, `session:${bill.congress}`, () =>
    ensureSession(ctx, {
      bodyId: us.legislature,
      identifier: bill.congress,
      name: sessionName,
      ...congressDates(bill.congress),
    }),
  );
  const identifier = billIdentifier(bill.type, bill.number);
  const label = `${identifier} (${sessionName})`;
  // An older copy of a record writes nothing, not even its members' party or district of the time.
  const stale = await staleRecord(ctx, {
    jurisdictionId: us.jurisdiction.id,
    sessionId,
    identifier,
    recordUpdatedAt: bill.updatedAt,
  });
  if (stale) {
    ctx.warnings.push(stale);
    return { id: null, slug: null, created: false, skipped: stale, label };
  }
  const committees = await committeeBodies(ctx, bill, us);

  const personIds = await members(ctx, [...bill.sponsors, ...bill.cosponsors], us, sessionId);
  const sponsors: SponsorData[] = [
    ...bill.sponsors.map((p, i) => ({
      personId: personIds[i]!,
      nameAsGiven: p.fullName,
      kind: 'primary' as const,
      isOriginal: true,
      sponsoredOn: bill.introducedDate,
    })),
    ...bill.cosponsors.map((p, i) => ({
      personId: personIds[bill.sponsors.length + i]!,
      nameAsGiven: p.fullName,
      kind: 'cosponsor' as const,
      isOriginal: p.isOriginal,
      sponsoredOn: p.sponsoredOn,
      withdrawnOn: p.withdrawnOn,
    })),
  ];

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
        exactly: { jurisdictionId: us.jurisdiction.id, sessionIdentifier: r.congress },
      })),
    relationsComplete: bill.relatedBillsComplete !== false,
    source: bill.source
      ? { ...bill.source, kind: 'data' }
      : {
          url: `https://www.govinfo.gov/bulkdata/BILLSTATUS/${bill.congress}/${bill.type.toLowerCase()}/BILLSTATUS-${bill.congress}${bill.type.toLowerCase()}${bill.number}.xml`,
          title: `Bill Status of ${identifier} (${sessionName})`,
          publisher: 'U.S. Government Publishing Office',
          kind: 'data',
        },
    laws: bill.laws.map((law) => `${law.type} ${law.number}`),
    recordUpdatedAt: bill.updatedAt,
  });
  return { ...measure, label };
}
