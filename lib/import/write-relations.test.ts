// A new measure's related bills are looked up together: each relation must still point at the one measure of its
// own Congress (the same number in two Congresses is two bills), or wait when that measure is not here yet.
import { describe, expect, it } from 'vitest';
import { getTestDb } from '@/lib/test/db';
import { sampleText } from '@/lib/test/samples';
import { importFile } from './run-import';

const db = getTestDb();
const asOf = new Date('2026-11-27T00:00:00Z');
const base = sampleText('billstatus', 'BILLSTATUS-117hr9002.xml');

/** The sample H.R. 9002 (117th) renumbered into `congress`, relating to the bills given. */
function bill(congress: string, number: string, related: { congress: string; number: string }[] = []) {
  const items = related.map(
    (r) =>
      `<item><relationshipDetails><item><identifiedBy>CRS</identifiedBy><type>Related bill</type></item></relationshipDetails><number>${r.number}</number><type>HR</type><congress>${r.congress}</congress></item>`,
  );
  const xml = base
    .replaceAll('<congress>117</congress>', `<congress>${congress}</congress>`)
    .replace('<billNumber>9002</billNumber>', `<billNumber>${number}</billNumber>`)
    .replace(/<relatedBills>[\s\S]*?<\/relatedBills>|<relatedBills\s*\/>/, '')
    .replace('</billNumber>', `</billNumber><relatedBills>${items.join('')}</relatedBills>`);
  return { name: `BILLSTATUS-${congress}hr${number}.xml`, bytes: Buffer.from(xml, 'utf8') };
}

async function idOf(congress: string, number: string) {
  return (
    await db.measure.findFirstOrThrow({ where: { identifier: `H.R. ${number}`, session: { identifier: congress } } })
  ).id;
}

describe('relations of a new measure', () => {
  it('point at the measure of the Congress they name, the same number in two Congresses included, or wait', async () => {
    for (const [congress, number] of [
      ['114', '96001'],
      ['116', '96001'],
      ['116', '96002'],
    ] as const) {
      expect(await importFile(db, bill(congress, number), { asOf })).toMatchObject({ outcome: 'created', error: null });
    }
    const related = [
      { congress: '114', number: '96001' },
      { congress: '116', number: '96001' }, // one number, two Congresses
      { congress: '116', number: '96002' }, // alone
      { congress: '115', number: '96002' },
      { congress: '116', number: '96003' }, // not imported
    ];
    const report = await importFile(db, bill('116', '96010', related), { asOf });
    expect(report).toMatchObject({ outcome: 'created', error: null });

    const from = await idOf('116', '96010');
    const relations = await db.measureRelation.findMany({ where: { fromMeasureId: from }, orderBy: { id: 'asc' } });
    expect(relations.map((r) => [r.targetIdentifier, r.targetJurisdictionText, r.toMeasureId])).toEqual([
      ['H.R. 96001', 'United States, 114th Congress', await idOf('114', '96001')],
      ['H.R. 96001', 'United States, 116th Congress', await idOf('116', '96001')],
      ['H.R. 96002', 'United States, 116th Congress', await idOf('116', '96002')],
      ['H.R. 96002', 'United States, 115th Congress', null],
      ['H.R. 96003', 'United States, 116th Congress', null],
    ]);
    expect(report.warnings.filter((w) => w.includes('the relation waits'))).toHaveLength(2);
    expect(report.created.measureRelation).toBe(5);
    expect(
      await db.changeEvent.count({ where: { entityType: 'measureRelation', measureId: from, operation: 'create' } }),
    ).toBe(5);
    // The measures it points at show the new relation.
    expect(report.changed).toContainEqual({ kind: 'measure', id: await idOf('114', '96001') });
  });
});
