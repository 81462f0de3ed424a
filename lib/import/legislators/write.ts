import { slugify } from '@/lib/measures/identifier';
import { syncBody } from '../bodies';
import type { ImportContext } from '../context';
import type { WriteResult } from '../types';
import { matchPerson, syncMemberships } from '../people';
import { usCongress } from '../us-congress';
import type { Committee, Legislator } from './parse';

/** People with every id the file gives, and each term as a membership of the House or the Senate. */
export async function writeLegislators(ctx: ImportContext, legislators: Legislator[]): Promise<WriteResult> {
  const us = await usCongress(ctx);
  let created = 0;
  for (const l of legislators) {
    const chamber = l.terms.at(-1)!.type === 'sen' ? us.Senate : us.House;
    const match = await matchPerson(
      ctx,
      { name: l.name, givenName: l.givenName, familyName: l.familyName, identifiers: l.ids, bodyId: chamber },
      { owned: true },
    );
    if (match.personId === null) continue;
    if (match.how === 'created') created++;
    await syncMemberships(
      ctx,
      match.personId,
      l.terms.map((t) => ({
        bodyId: t.type === 'sen' ? us.Senate : us.House,
        role: t.type === 'sen' ? 'Senator' : 'Representative',
        state: t.state,
        district: t.district,
        party: t.party,
        startDate: t.start,
        endDate: t.end,
      })),
    );
  }
  return { label: `${legislators.length} legislators`, created: created > 0 };
}

/** Committees under their chamber (joint ones under Congress), subcommittees under their committee. */
export async function writeCommittees(ctx: ImportContext, committees: Committee[]): Promise<WriteResult> {
  const us = await usCongress(ctx);
  const before = ctx.report.created.body ?? 0;
  let subcommittees = 0;
  for (const c of committees) {
    const parentId = c.type === 'house' ? us.House : c.type === 'senate' ? us.Senate : us.legislature;
    const committeeId = await syncBody(ctx, {
      slug: slugify(c.name),
      name: c.name,
      classification: 'committee',
      jurisdictionId: us.jurisdiction.id,
      parentId,
      url: c.url,
      identifier: { scheme: 'thomas', value: c.thomasId },
    });
    for (const s of c.subcommittees) {
      subcommittees++;
      await syncBody(ctx, {
        slug: slugify(`${c.name} ${s.name}`),
        name: s.name,
        classification: 'subcommittee',
        jurisdictionId: us.jurisdiction.id,
        parentId: committeeId,
        url: null,
        identifier: { scheme: 'thomas', value: `${c.thomasId}${s.thomasId}` },
      });
    }
  }
  return {
    label: `${committees.length} committees, ${subcommittees} subcommittees`,
    created: (ctx.report.created.body ?? 0) > before,
  };
}
