// Every real Bill Status file of ../shared/fixtures (both layouts, up to 4 MB) imported into PostgreSQL and the
// stored measure compared with what the file says, read here by a reader of the test's own (lib/test/xml-tree.ts),
// not by the importer's parser. Files of the same bill (two layouts, two folders) are imported oldest first, each
// compared after its import; then the older ones again, which must write nothing. Prints a line per file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { SHARED_FIXTURES_DIR } from '@/lib/test/shared-fixtures';
import { all, one, readXmlTree, textAt } from '@/lib/test/xml-tree';
import { importFile } from '../run-import';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');

// How Congress.gov writes each kind of measure, and what it is (GPO user guide, "Types of legislation").
const KINDS: Record<string, { prefix: string; type: string }> = {
  HR: { prefix: 'H.R.', type: 'bill' },
  S: { prefix: 'S.', type: 'bill' },
  HRES: { prefix: 'H.Res.', type: 'resolution' },
  SRES: { prefix: 'S.Res.', type: 'resolution' },
  HCONRES: { prefix: 'H.Con.Res.', type: 'concurrent_resolution' },
  SCONRES: { prefix: 'S.Con.Res.', type: 'concurrent_resolution' },
  HJRES: { prefix: 'H.J.Res.', type: 'joint_resolution' },
  SJRES: { prefix: 'S.J.Res.', type: 'joint_resolution' },
};

const kindCode = (written: string) => written.toUpperCase().replace(/[.\s]/g, '');

function files(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.xml')) found.push(full);
    }
  };
  walk(path.join(SHARED_FIXTURES_DIR, 'billstatus'));
  walk(path.join(SHARED_FIXTURES_DIR, 'billstatus-samples'));
  return found;
}

/** What the file says, read with the test's own reader. */
function read(file: string) {
  const bill = one(readXmlTree(readFileSync(file, 'utf8')), 'billStatus', 'bill')!;
  // The older layout names <billNumber>, the current one (version 3) <number>.
  const layout = `v${textAt(one(readXmlTree(readFileSync(file, 'utf8')), 'billStatus'), 'version') ?? '1'}${one(bill, 'number') ? '' : ' (billNumber)'}`;
  const code = kindCode((textAt(bill, 'type') ?? textAt(bill, 'billType'))!);
  const number = (textAt(bill, 'number') ?? textAt(bill, 'billNumber'))!;
  const committeeItems = [...all(bill, 'committees', 'item'), ...all(bill, 'committees', 'billCommittees', 'item')];
  const cosponsors = all(bill, 'cosponsors', 'item');
  const actions = all(bill, 'actions', 'item').filter((a) => textAt(a, 'actionDate') && textAt(a, 'text'));
  const texts = actions.map((a) => textAt(a, 'text')!);
  return {
    layout,
    congress: textAt(bill, 'congress')!,
    identifier: `${KINDS[code]!.prefix} ${number}`,
    type: KINDS[code]!.type,
    code,
    number,
    title: textAt(bill, 'title')!,
    updated: new Date(textAt(bill, 'updateDate')!),
    sponsor: textAt(one(bill, 'sponsors', 'item'), 'bioguideId'),
    cosponsors: cosponsors.length,
    originals: cosponsors.filter((c) => /^true$/i.test(textAt(c, 'isOriginalCosponsor') ?? '')).length,
    withdrawn: cosponsors.filter((c) => textAt(c, 'sponsorshipWithdrawnDate')).length,
    committees: committeeItems.map((c) => textAt(c, 'systemCode')!).filter(Boolean),
    subcommittees: committeeItems.flatMap((c) =>
      all(c, 'subcommittees', 'item').map((s) => [textAt(s, 'systemCode')!, textAt(c, 'systemCode')!] as const),
    ),
    actions: actions.length,
    texts,
    latest: { date: textAt(bill, 'latestAction', 'actionDate'), text: textAt(bill, 'latestAction', 'text') },
    laws: all(bill, 'laws', 'item').map((l) => ({ type: textAt(l, 'type')!, number: textAt(l, 'number')! })),
    related: all(bill, 'relatedBills', 'item')
      .filter((r) => textAt(r, 'type') && textAt(r, 'number') && textAt(r, 'congress'))
      .map((r) => `${KINDS[kindCode(textAt(r, 'type')!)]!.prefix} ${textAt(r, 'number')} (${textAt(r, 'congress')})`)
      .filter((r) => r !== `${KINDS[code]!.prefix} ${number} (${textAt(bill, 'congress')})`),
  };
}

type Facts = ReturnType<typeof read>;
const thomas = (systemCode: string) => systemCode.toUpperCase().replace(/00$/, '');

async function stored(facts: Facts) {
  return db.measure.findFirstOrThrow({
    where: {
      identifier: facts.identifier,
      session: { identifier: facts.congress },
      jurisdiction: { name: 'United States' },
    },
    include: {
      actions: { orderBy: { position: 'asc' }, select: { date: true, text: true } },
      sponsorships: {
        select: {
          kind: true,
          isOriginal: true,
          withdrawnOn: true,
          person: { select: { identifiers: { where: { scheme: 'bioguide' } } } },
        },
      },
      relationsFrom: { select: { targetIdentifier: true, targetJurisdictionText: true } },
    },
  });
}

type Measure = Awaited<ReturnType<typeof stored>>;

/** Stage and outcome against the file's own law and veto elements and latest action (docs/decisions/010). */
function checkStatus(facts: Facts, m: Measure) {
  const vetoed = facts.texts.some((t) => /^vetoed by (the )?president/i.test(t));
  const pocket = facts.texts.some((t) => /pocket veto/i.test(t));
  if (facts.laws.length) {
    expect(m.outcome).toBe(vetoed ? 'veto_overridden' : 'became_law');
    expect(m.stage).toBe('enacted');
    expect(`${m.lawType} ${m.lawNumber}`).toBe(`${facts.laws[0]!.type} ${facts.laws[0]!.number}`);
  } else if (pocket) {
    expect(m.outcome).toBe('pocket_vetoed');
  } else if (vetoed) {
    expect(m.outcome).toBe('vetoed');
    expect(m.stage).toBe('sent_to_executive');
  } else {
    // No law and no veto: the page must not claim either.
    expect(m.stage).not.toBe('enacted');
    expect(['became_law', 'veto_overridden', 'vetoed', 'pocket_vetoed']).not.toContain(m.outcome);
    expect(m.lawNumber).toBeNull();
    if (/^presented to president/i.test(facts.latest.text ?? '')) expect(m.stage).toBe('sent_to_executive');
    const agreed = (chamber: string) =>
      facts.texts.some((t) =>
        new RegExp(`(agreed to|passed) (in )?(the )?${chamber}|${chamber} agreed to`, 'i').test(t),
      );
    if (facts.type === 'resolution' && agreed(facts.code.startsWith('H') ? 'House' : 'Senate'))
      expect(m.outcome).toBe('adopted');
    if (facts.type === 'concurrent_resolution' && agreed('House') && agreed('Senate'))
      expect(m.outcome).toBe('adopted');
    // Every Congress here has ended: what was not decided expired.
    if (m.outcome !== 'adopted' && m.outcome !== 'failed') expect(m.outcome).toBe('expired');
  }
  const law = facts.latest.text?.match(/Became (Public|Private) Law No: (\d+-\d+)/);
  if (law) expect(m.lawNumber).toBe(law[2]);
  if (m.outcome !== 'pending' && m.outcome !== 'tabled') expect(m.currentBodyId).toBeNull();
}

async function check(facts: Facts) {
  const m = await stored(facts);
  expect(m.type).toBe(facts.type);
  expect(m.title).toBe(facts.title);
  const primary = m.sponsorships.filter((s) => s.kind === 'primary');
  // An original measure reported by a committee has no sponsor (<sponsors/>).
  expect(primary.map((s) => s.person?.identifiers[0]?.value)).toEqual(facts.sponsor ? [facts.sponsor] : []);
  const cosponsors = m.sponsorships.filter((s) => s.kind === 'cosponsor');
  expect(cosponsors).toHaveLength(facts.cosponsors);
  expect(cosponsors.filter((s) => s.isOriginal)).toHaveLength(facts.originals);
  expect(cosponsors.filter((s) => s.withdrawnOn)).toHaveLength(facts.withdrawn);
  expect(m.actions).toHaveLength(facts.actions);
  if (facts.latest.date) {
    expect(m.lastActionDate?.toISOString().slice(0, 10)).toBe(facts.latest.date);
    const sameDay = m.actions
      .filter((a) => a.date.toISOString().slice(0, 10) === facts.latest.date)
      .map((a) => a.text.replace(/\s+/g, ' '));
    expect(sameDay).toContain(facts.latest.text!.replace(/\s+/g, ' '));
  }
  const committees = await db.externalIdentifier.findMany({
    where: {
      scheme: 'thomas',
      value: { in: [...facts.committees, ...facts.subcommittees.map(([s]) => s)].map(thomas) },
    },
    select: {
      value: true,
      body: { select: { classification: true, parent: { select: { identifiers: { where: { scheme: 'thomas' } } } } } },
    },
  });
  for (const code of facts.committees) expect(committees.map((c) => c.value)).toContain(thomas(code));
  for (const [sub, parent] of facts.subcommittees) {
    const body = committees.find((c) => c.value === thomas(sub))?.body;
    expect(body?.classification).toBe('subcommittee');
    expect(body?.parent?.identifiers[0]?.value).toBe(thomas(parent));
  }
  expect(
    new Set(
      m.relationsFrom.map(
        (r) => `${r.targetIdentifier} (${r.targetJurisdictionText?.match(/(\d+)(st|nd|rd|th) Congress/)?.[1]})`,
      ),
    ),
  ).toEqual(new Set(facts.related));
  checkStatus(facts, m);
  return m;
}

const rows: string[] = [];

describe('Bill Status conformance: every real file imports exactly', () => {
  const byBill = new Map<string, { file: string; facts: Facts }[]>();
  for (const file of files()) {
    const facts = read(file);
    const key = `${facts.congress}-${facts.identifier}`;
    byBill.set(key, [...(byBill.get(key) ?? []), { file, facts }]);
  }

  it('covers all the shared files', () => {
    expect([...byBill.values()].flat().length).toBe(47);
  });

  for (const [bill, versions] of byBill) {
    it(
      `${bill}: each file, oldest first, is stored as it says; an older one afterwards writes nothing`,
      { timeout: 120_000 },
      async () => {
        const ordered = [...versions].sort((a, b) => a.facts.updated.getTime() - b.facts.updated.getTime());
        for (const { file, facts } of ordered) {
          const report = await importFile(db, { name: path.basename(file), bytes: readFileSync(file) }, { asOf });
          expect(report.error).toBeNull();
          const m = await check(facts);
          rows.push(
            [
              path.relative(SHARED_FIXTURES_DIR, file).padEnd(62),
              facts.layout.padEnd(19),
              `${facts.identifier} (${facts.congress})`.padEnd(22),
              `${facts.actions} actions`.padEnd(12),
              `${facts.cosponsors}/${facts.originals}/${facts.withdrawn} cosp.`.padEnd(14),
              `${facts.committees.length}+${facts.subcommittees.length} cttees`.padEnd(12),
              `${facts.related.length} related`.padEnd(11),
              (facts.laws[0] ? `PL ${facts.laws[0].number}` : '-').padEnd(11),
              `${m.stage}/${m.outcome}`.padEnd(30),
              report.outcome,
            ].join(' '),
          );
        }
        const newest = ordered.at(-1)!;
        for (const { file, facts } of ordered.slice(0, -1)) {
          const again = await importFile(db, { name: path.basename(file), bytes: readFileSync(file) }, { asOf });
          expect(again.outcome).toBe('unchanged');
          expect(again.changeEvents).toBe(0);
          if (facts.updated < newest.facts.updated)
            expect(again.warnings.join(' ')).toMatch(/older than what is stored/);
          await check(newest.facts);
        }
      },
    );
  }

  afterAll(() => {
    console.log(
      [
        'Bill Status conformance (file, layout, measure, actions, cosponsors/originals/withdrawn, committees+subcommittees, related, law, stored status, import):',
        ...rows,
      ].join('\n'),
    );
  });
});
